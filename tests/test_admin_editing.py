"""Editors build a feature in the Wagtail admin (form posts, without a browser)."""

import json

import pytest
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from wagtail_montage.models import VideoFeaturePage

from .factories import CHART_PEAK, LOCATION, TRACK


def list_block(items):
    """Form data for a ListBlock."""
    data = {"count": len(items)}
    for n, item in enumerate(items):
        data[str(n)] = {"value": item, "deleted": "", "order": n, "id": f"item{n}"}
    return data


def page_form(body, **overrides):
    track = {
        **TRACK,
        "composers": list_block(TRACK["composers"]),
        "performers": list_block(TRACK["performers"]),
    }
    data = {
        "title": "Rocky in the snow",
        "slug": "rocky-in-the-snow",
        "teaser": "Two training sequences and their songs.",
        "film_title": "Rocky IV",
        "film_year": "1985",
        "film_alternate_titles": streamfield([]),
        "video_url": "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
        "segments": streamfield([]),
        "tags": "",
        "body": streamfield(
            body
            or [
                ("paragraph", rich_text("<p>Rocky trains.</p>")),
                ("track", track),
                (
                    "chart_fact",
                    {k: "" if v is None else v for k, v in CHART_PEAK.items()},
                ),
                ("location", LOCATION),
            ]
        ),
        "action-publish": "publish",
        **overrides,
    }
    return nested_form_data(data)


def add_url(index_page):
    return f"/admin/pages/add/wagtail_montage/videofeaturepage/{index_page.pk}/"


def test_add_form_renders_every_panel(admin_client, index_page):
    response = admin_client.get(add_url(index_page))
    assert response.status_code == 200
    html = response.content.decode()
    for name in (
        "teaser",
        "film_title",
        "video_url",
        "segments",
        "body",
        "hero_image",
        "tags",
    ):
        assert (
            f'name="{name}"' in html
            or f'id="{name}"' in html
            or f'id="id_{name}"' in html
        ), name


def test_editor_publishes_a_feature_with_fact_blocks(admin_client, index_page):
    response = admin_client.post(add_url(index_page), page_form(None))
    assert response.status_code == 302, response.content.decode()[:2000]
    page = VideoFeaturePage.objects.get(slug="rocky-in-the-snow")
    assert page.live
    assert list(page.tracks[0]["performers"]) == ["John Cafferty"]
    assert page.chart_facts[0]["position"] == 2
    assert page.locations[0]["stood_in_for"] == "the Soviet Union"


@pytest.mark.parametrize(
    ("block_type", "value", "field", "message"),
    [
        (
            "location",
            {**LOCATION, "latitude": "91"},
            "latitude",
            "less than or equal to 90",
        ),
        (
            "chart_fact",
            {**CHART_PEAK, "position": "0", "weeks_at_peak": "", "multiplier": ""},
            "position",
            "greater than or equal to 1",
        ),
    ],
)
def test_block_errors_come_back_beside_the_field(
    admin_client, index_page, block_type, value, field, message
):
    body = [(block_type, {k: "" if v is None else v for k, v in value.items()})]
    response = admin_client.post(add_url(index_page), page_form(body))
    assert response.status_code == 200
    assert not VideoFeaturePage.objects.filter(slug="rocky-in-the-snow").exists()
    html = response.content.decode()
    assert "The page could not be created due to validation errors" in html
    # The StreamField widget receives the errors keyed by block and field name.
    errors = json.dumps(
        {
            "blockErrors": {
                "0": {
                    "blockErrors": {
                        field: {"messages": [f"Ensure this value is {message}."]}
                    }
                }
            }
        }
    )
    assert errors.replace('"', "&quot;")[:-4] in html


def test_bad_video_url_is_a_field_error(admin_client, index_page):
    response = admin_client.post(
        add_url(index_page), page_form(None, video_url="not a url")
    )
    assert response.status_code == 200
    assert "Enter a valid URL" in response.content.decode()
