"""Blocks made in code, not in the admin (a dict without some keys, a block's
default): every reader serves them, as it serves the admin's blanks."""

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command

from wagtail_montage.blocks.structs import TEXT_BLOCKS
from wagtail_montage.compat import api_v3_available
from wagtail_montage.models import VideoFeaturePage

from .factories import make_feature

pytestmark = pytest.mark.django_db

BODY_BLOCKS = list(VideoFeaturePage.body.field.stream_block.child_blocks)


def readers(page):
    return [
        page.url,
        f"/api/montage/features/{page.pk}/",
        f"/api/v2/pages/{page.pk}/",
        # API v3 where the installed Wagtail has it (8.x; not 7.4 LTS).
        *([f"/api/v3/pages/{page.pk}/"] if api_v3_available() else []),
    ]


def publish_with(page, body):
    page.body = body
    page.save_revision().publish()
    return VideoFeaturePage.objects.get(pk=page.pk)


def least_value(block):
    """The block's default with its required text filled in: the least an
    editor can save, every optional field left as code leaves it (None)."""
    value = block.get_default()
    if value is None:
        return None
    for name, child in getattr(block, "child_blocks", {}).items():
        if child.required and isinstance(child, TEXT_BLOCKS):
            value[name] = "Something"
        elif not child.required and isinstance(child, TEXT_BLOCKS):
            value[name] = None
    return value


@pytest.mark.parametrize("name", BODY_BLOCKS)
def test_the_least_block_is_served_everywhere(client, index_page, name):
    block = VideoFeaturePage.body.field.stream_block.child_blocks[name]
    value = least_value(block)
    if value is None:
        pytest.skip(f"{name} has no default to start from")
    try:
        block.clean(value)
    except ValidationError as error:
        pytest.skip(f"{name} needs more than text to be saved: {error}")
    page = make_feature(index_page, title=f"Least {name}", body=[], segments=[])
    page = publish_with(page, [(name, value)])
    for url in readers(page):
        response = client.get(url)
        assert response.status_code == 200, (url, response.content[:800])


def test_a_partial_dict_is_completed_with_blank_text(client, index_page):
    page = make_feature(index_page, title="Partial", body=[], segments=[])
    page = publish_with(page, [("track", {"title": "Hearts on Fire"})])
    track = page.body[0].value
    assert track["title"] == "Hearts on Fire"
    assert track["notes"] == ""
    for url in readers(page):
        response = client.get(url)
        assert response.status_code == 200, (url, response.content[:800])
    detail = client.get(f"/api/montage/features/{page.pk}/").json()
    assert detail["body"][0]["value"]["notes"] == ""
    call_command("update_index", verbosity=0)  # the search index reads them too


def test_stored_nulls_read_as_blank_text(client, index_page):
    page = make_feature(index_page, title="Nulls", body=[], segments=[])
    page = publish_with(page, [("track", {"title": "Burning Heart"})])
    raw = page.body.raw_data[0]
    raw["value"] = {**raw["value"], "notes": None}
    VideoFeaturePage.objects.filter(pk=page.pk).update(body=page.body)
    reread = VideoFeaturePage.objects.get(pk=page.pk)
    assert reread.body[0].value["notes"] == ""
