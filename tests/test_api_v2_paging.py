"""Wagtail API v2 registered with the plugin's ``MontagePagesAPIViewSet``:
paging parameters that are not plain numbers are a 400, never a 500."""

import pytest

pytestmark = pytest.mark.django_db

PAGES = "/api/v2/pages/"


@pytest.mark.parametrize(
    "params",
    [
        {"offset": "1" * 25},
        {"offset": "9" * 5000},
        {"limit": "1" * 25},
        {"offset": "\u0663"},
        {"limit": "\u00b2"},
        {"offset": "-1"},
        {"offset": "1.5"},
        {"offset": ""},
    ],
)
def test_paging_that_is_not_a_plain_number_is_a_400(client, feature, params):
    response = client.get(PAGES, params)

    assert response.status_code == 400
    assert "must be a positive integer" in response.json()["message"]


def test_plain_paging_still_works(client, feature):
    response = client.get(PAGES, {"offset": "0", "limit": "5"})

    assert response.status_code == 200
    assert response.json()["meta"]["total_count"] >= 1


def test_json_is_compact(client, feature):
    """Wagtail indents v2 JSON; the plugin's viewset writes it compact (by the C
    encoder), with the same data."""
    for url in (PAGES, f"{PAGES}{feature.pk}/"):
        response = client.get(url)
        assert response.status_code == 200
        text = response.content.decode()
        assert "\n" not in text
        assert text.startswith('{"')
        assert response.json()["meta"]
