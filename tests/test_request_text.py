"""Query-string text that reaches a database query: NUL, which PostgreSQL refuses
in text (SQLite takes it), never answers 500 (the suite runs on both): the
plugin's views hold by themselves, without ``NulQueryMiddleware``, and the
middleware answers 400 for every other view (Wagtail's API v3 among them)."""

import pytest

from wagtail_montage.models import ReaderComment
from wagtail_montage.request_text import query_text

from .comment_helpers import make_comment

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("snow", "snow"),
        (" snow\x00 ", "snow"),
        ("\x00", ""),
        ("x" * 300, "x" * 100),
        (None, ""),
        (["snow"], ""),
    ],
)
def test_query_text_drops_nul_strips_and_cuts(value, expected):
    assert query_text(value) == expected


@pytest.mark.parametrize("tag", ["\x00", "snow\x00", "\x00\x00\x00"])
def test_the_index_tag_filter_takes_nul(client, without_nul_guard, feature, tag):
    index = feature.get_parent()
    response = client.get(index.url, {"tag": tag})

    assert response.status_code == 200


def test_moderators_search_takes_nul(admin_client, without_nul_guard, feature):
    make_comment(feature, body="Snow and drums")
    response = admin_client.get("/admin/wagtail_montage/comments/", {"q": "Snow\x00"})

    assert response.status_code == 200
    assert ReaderComment.objects.count() == 1


@pytest.mark.parametrize(
    "params", [{"slug": "\x00"}, {"search": "snow\x00"}, {"title\x00": "x"}]
)
def test_api_v2_refuses_nul_in_a_parameter(client, without_nul_guard, feature, params):
    response = client.get("/api/v2/pages/", params)

    assert response.status_code == 400
    assert "NUL" in response.json()["message"]


@pytest.mark.parametrize(
    ("path", "params"),
    [
        ("/api/v3/pages/", {"search": "snow\x00"}),
        ("/api/v3/pages/", {"locale": "\x00"}),
        ("/api/v3/pages/find/", {"html_path": "/\x00/"}),
        ("/features/", {"tag": "\x00"}),
    ],
)
def test_the_middleware_answers_400_for_nul_anywhere(client, feature, path, params):
    response = client.get(path, params)

    assert response.status_code == 400
    assert "NUL" in response.content.decode()


@pytest.mark.v3
def test_the_middleware_lets_other_requests_through(client, feature):
    assert client.get("/api/v3/pages/", {"search": "snow"}).status_code == 200


def test_the_plugin_api_answers_nul_itself_with_its_documented_problem(client, feature):
    response = client.get("/api/montage/features/", {"person": "\x00"})

    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "person"
