"""One value, one computation: every reader of a feature shows the same tags and
the same video (values.py)."""

import re

import pytest

from wagtail_montage import values
from wagtail_montage.embeds.providers import video_info

from .factories import make_feature
from .test_api_plugin import detail_url

V2 = "/api/v2/pages/"
V3 = "/api/v3/pages/"
YOUTUBE = "https://www.youtube.com/watch?v=UbEhCQqqHJA"
# Neither alphabetical by code point (capitals first) nor in the order added.
TAGS = ["training", "Snow", "apple", "Boxing"]
SORTED = ["apple", "Boxing", "Snow", "training"]


def test_tags_sort_alphabetically_ignoring_case():
    assert values.sorted_tag_names(TAGS) == SORTED
    assert sorted(TAGS) != SORTED


@pytest.mark.v3
def test_every_api_and_the_page_list_tags_in_the_same_order(client, index_page):
    page = make_feature(index_page, title="Tags", video_url=YOUTUBE)
    page.tags.add(*TAGS)
    page.save_revision().publish()

    assert client.get(f"{V2}{page.pk}/").json()["tags"] == SORTED
    assert client.get(f"{V3}{page.pk}/").json()["tags"] == SORTED
    assert client.get(detail_url(page)).json()["tags"] == SORTED
    html = client.get(page.url).content.decode()
    shown = re.findall(r'rel="tag">([^<]+)</a>', html)
    assert shown == SORTED


@pytest.mark.v3
def test_every_reader_shows_the_same_video(client, index_page):
    page = make_feature(index_page, title="Video", video_url=YOUTUBE)
    expected = values.video_data(page)
    assert expected == {
        key: value for key, value in video_info(YOUTUBE).items() if key != "watch_url"
    }
    assert expected["provider"] == "YouTube"
    assert client.get(f"{V2}{page.pk}/").json()["video"] == expected
    assert client.get(f"{V3}{page.pk}/").json()["video"] == expected
    assert client.get(detail_url(page)).json()["video"] == expected
    assert page.video_thumbnail_url == expected["thumbnail_url"]
    assert page.video_provider == expected["provider"]


def test_no_video_without_a_url():
    assert video_info("") is None
    unknown = video_info("https://example.com/clip")
    assert unknown["url"] == "https://example.com/clip"
    assert unknown["provider"] is unknown["embed_url"] is None
