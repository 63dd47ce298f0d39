"""The blocks' JSON matches the typed schemas the APIs publish."""

import json

import pytest
from django.test import RequestFactory
from pydantic import TypeAdapter
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from wagtail_montage.api.blocks import BodyItem, VideoSegmentValue

from .factories import make_feature

BODY = TypeAdapter(list[BodyItem])


@pytest.fixture
def image(db):
    return get_image_model().objects.create(
        title="Snowy farm", file=get_test_image_file()
    )


def body_json(page, **params):
    request = RequestFactory().get("/", params)
    return page.body.stream_block.get_api_representation(
        page.body, {"request": request}
    )


def test_every_block_validates_against_its_schema(index_page, image):
    page = make_feature(index_page, link_page=index_page)
    page.body.append(
        (
            "image",
            {"image": image, "alt_text": "A farm in the snow", "decorative": False},
        )
    )
    page.save_revision().publish()
    page.refresh_from_db()

    data = json.loads(json.dumps(body_json(page)))
    items = BODY.validate_python(data)
    assert {item.type for item in items} == {
        "heading",
        "paragraph",
        "track",
        "album",
        "chart_fact",
        "location",
        "quote",
        "related_links",
        "embed",
        "details",
        "image",
    }


def test_facts_are_typed(feature):
    data = {}
    for item in body_json(feature):
        data.setdefault(item["type"], item["value"])
    assert data["chart_fact"]["position"] == 2
    assert data["chart_fact"]["chart_name"] == "Billboard Hot 100"
    assert data["album"]["release_date"] == "1985-11-27"
    assert data["album"]["release_date_precision"] == "day"
    assert data["location"]["latitude"] == 43.48
    assert data["location"]["map_url"].startswith("https://www.openstreetmap.org/")
    assert data["track"]["composers"] == ["Vince DiCola", "Joe Esposito", "Ed Fruge"]
    assert data["embed"]["provider"] == "YouTube"


def test_internal_related_link_is_page_id_and_url(index_page):
    page = make_feature(index_page, link_page=index_page)
    [links] = [
        item["value"] for item in body_json(page) if item["type"] == "related_links"
    ]
    assert links["links"][0]["page"] == {
        "id": index_page.pk,
        "title": "Features",
        "url": index_page.url,
    }
    assert links["links"][0]["external"] is False


def test_paragraph_is_display_html_unless_a_format_is_asked(index_page):
    page = make_feature(
        index_page,
        body=[
            (
                "paragraph",
                f'<p>See <a linktype="page" id="{index_page.pk}">features</a>.</p>',
            )
        ],
    )
    [html] = [item["value"] for item in body_json(page)]
    assert f'<a href="{index_page.url}">features</a>' in html
    [db_html] = [item["value"] for item in body_json(page, rich_text_format="db_html")]
    assert 'linktype="page"' in db_html


def test_image_is_a_rendition_with_size_and_alt(index_page, image):
    page = make_feature(
        index_page,
        body=[("image", {"image": image, "alt_text": "A farm", "decorative": False})],
    )
    [value] = [item["value"] for item in body_json(page)]
    assert value["alt"] == "A farm"
    assert value["width"] > 0 and value["height"] > 0
    assert "/images/" in value["url"]


def test_segments_carry_seconds(feature):
    [segment] = feature.segments.stream_block.get_api_representation(feature.segments)
    value = VideoSegmentValue.model_validate(segment["value"])
    assert (value.start_seconds, value.end_seconds) == (0, 130)


def test_image_renditions_load_in_one_query(
    index_page, image, django_assert_max_num_queries
):
    other = get_image_model().objects.create(
        title="Mountain", file=get_test_image_file()
    )
    body = [
        ("image", {"image": img, "alt_text": "x", "decorative": False})
        for img in [image, other] * 5
    ]
    page = make_feature(index_page, body=body)
    body_json(page)  # create the renditions
    page = type(page).objects.get(pk=page.pk)
    with django_assert_max_num_queries(3):
        body_json(page)
