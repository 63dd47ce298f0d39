"""The feature page and its index: fields, block values, rendering, queries."""

import socket

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.test import override_settings
from wagtail.models import PageViewRestriction

from wagtail_montage.models import AbstractVideoFeaturePage, VideoFeaturePage

from .factories import SEGMENT, make_feature


@pytest.fixture
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("a test tried to reach the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def test_block_values_in_body_order(feature):
    assert [track["title"] for track in feature.tracks] == ["Heart's on Fire"]
    assert [album["title"] for album in feature.albums] == [
        "Rocky IV: Original Motion Picture Soundtrack"
    ]
    assert [fact["fact_kind"] for fact in feature.chart_facts] == [
        "chart_peak",
        "certification",
    ]
    assert [location["name"] for location in feature.locations] == ["Jackson Hole"]
    assert [segment.value["label"] for segment in feature.segments] == ["Barn training"]


def test_repeated_blocks_keep_their_order(index_page):
    page = make_feature(index_page, repeat=3)
    assert [track["title"] for track in page.tracks] == [
        "Heart's on Fire",
        "Heart's on Fire 1",
        "Heart's on Fire 2",
    ]


def test_video_url_is_validated_as_a_url_without_the_network(index_page, no_network):
    page = VideoFeaturePage(title="Bad", slug="bad", teaser="t", video_url="not a url")
    with pytest.raises(ValidationError) as caught:
        page.full_clean()
    assert "video_url" in caught.value.message_dict


def test_teaser_is_required_and_short(index_page):
    page = VideoFeaturePage(title="No teaser", slug="no-teaser", teaser="")
    with pytest.raises(ValidationError) as caught:
        page.full_clean()
    assert "teaser" in caught.value.message_dict
    page.teaser = "x" * 301
    with pytest.raises(ValidationError) as caught:
        page.full_clean()
    assert "teaser" in caught.value.message_dict


def test_feature_page_is_abstract_extensible():
    assert AbstractVideoFeaturePage._meta.abstract
    assert issubclass(VideoFeaturePage, AbstractVideoFeaturePage)
    assert VideoFeaturePage.parent_page_types == [
        "wagtail_montage.VideoFeatureIndexPage"
    ]


def test_search_fields_cover_film_tracks_people_and_places(feature):
    names = {field.field_name for field in VideoFeaturePage.search_fields}
    assert {
        "title",
        "teaser",
        "film_title",
        "body",
        "search_track_titles",
        "search_people",
        "search_places",
    } <= names
    assert "Heart's on Fire" in feature.search_track_titles()
    assert "John Cafferty" in feature.search_people()
    assert "Vince DiCola" in feature.search_people()
    assert "Wyoming" in feature.search_places()
    assert "the Soviet Union" in feature.search_places()


def test_search_finds_a_feature_by_performer_and_place(feature):
    assert list(VideoFeaturePage.objects.live().search("Cafferty")) == [feature]
    assert list(VideoFeaturePage.objects.live().search("Wyoming")) == [feature]


def test_feature_page_renders_offline(client, feature, no_network):
    response = client.get(feature.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ" in html
    assert "Chapters" in html
    assert "Soundtrack" in html
    assert "Rocky IV (1985)" in html
    assert (
        '<meta name="description" content="Two training sequences and the songs under them.">'
        in html
    )
    # The only scripts are JSON-LD data and the plugin's own click-to-load player
    # (a static file): no inline JavaScript, nothing from another site.
    document = BeautifulSoup(html, "html.parser")
    scripts = document.find_all("script")
    assert scripts
    assert all(
        script.get("type") == "application/ld+json"
        or script.get("src") == "/static/wagtail_montage/js/player.js"
        for script in scripts
    )
    assert not [s for s in scripts if s.get("src") and s.string]
    # The player waits, inert, in a <template> until the reader asks for it.
    assert all(frame.find_parent("template") for frame in document.find_all("iframe"))
    button = document.select_one(".montage-player__load")
    assert button.get_text(" ", strip=True).startswith("▶ Play the video")
    assert button.img["src"] == "/static/wagtail_montage/img/video-placeholder.svg"


def test_a_video_that_cannot_be_embedded_is_a_plain_link(
    client, index_page, no_network
):
    page = make_feature(
        index_page,
        video_url="https://video.example.com/watch/42",
        segments=[("video_segment", SEGMENT)],
    )
    html = client.get(page.url).content.decode()
    assert '<a href="https://video.example.com/watch/42">Watch the video</a>' in html
    assert "<iframe" not in html.split("montage-feature__body")[0]


def test_page_template_extends_the_configured_base_template(client, feature):
    with override_settings(WAGTAIL_MONTAGE_BASE_TEMPLATE="tests/site_base.html"):
        html = client.get(feature.url).content.decode()
    assert '<header class="test-site-chrome">' in html
    assert "<title>Rocky training in Russia | Test site</title>" in html


def test_serving_a_feature_does_not_query_per_block(client, index_page, settings):
    # Every fragment rendered and every value worked out: a first visit's path.
    settings.WAGTAIL_MONTAGE_PAGE_FRAGMENT_CACHE = None
    settings.WAGTAIL_MONTAGE_API_REPRESENTATION_CACHE = None
    small = make_feature(index_page, title="Small", repeat=1, link_page=index_page)
    large = make_feature(index_page, title="Large", repeat=12, link_page=index_page)
    client.get(small.url)  # warm the embed cache rows

    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as small_queries:
        assert client.get(small.url).status_code == 200
    with CaptureQueriesContext(connection) as large_queries:
        assert client.get(large.url).status_code == 200
    assert len(large_queries) == len(small_queries)


# -- The index ---------------------------------------------------------------------


def test_index_lists_live_features_newest_first(client, index_page):
    first = make_feature(index_page, title="First")
    second = make_feature(index_page, title="Second")
    make_feature(index_page, title="Draft", publish=False)
    response = client.get(index_page.url)
    features = list(response.context["features"])
    assert features == [second, first]
    html = response.content.decode()
    assert "Draft" not in html
    assert "Two training sequences and the songs under them." in html
    assert "Read more" in html
    # No hero image: the card shows a local placeholder, never the provider's still.
    assert "i.ytimg.com" not in html
    assert 'src="/static/wagtail_montage/img/video-placeholder.svg"' in html


def test_index_hides_private_features(client, index_page):
    private = make_feature(index_page, title="Members only")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.LOGIN
    )
    assert "Members only" not in client.get(index_page.url).content.decode()


@override_settings(WAGTAIL_MONTAGE_INDEX_PAGE_SIZE=2)
def test_index_is_paginated_by_the_setting(client, index_page):
    for n in range(5):
        make_feature(index_page, title=f"Feature {n}")
    page_one = client.get(index_page.url).context["features"]
    assert [p.title for p in page_one] == ["Feature 4", "Feature 3"]
    page_three = client.get(index_page.url, {"page": 3}).context["features"]
    assert [p.title for p in page_three] == ["Feature 0"]
    # Out of range and junk page numbers do not error.
    assert client.get(index_page.url, {"page": 99}).status_code == 200
    assert client.get(index_page.url, {"page": "abc"}).status_code == 200


def test_index_filters_by_tag(client, index_page):
    tagged = make_feature(index_page, title="Eighties")
    tagged.tags.add("High Eighties")
    tagged.save_revision().publish()
    make_feature(index_page, title="Other")
    response = client.get(index_page.url, {"tag": "high-eighties"})
    assert [p.title for p in response.context["features"]] == ["Eighties"]
    assert "Show all" in response.content.decode()


def test_index_queries_do_not_grow_with_features(client, index_page):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    make_feature(index_page, title="One")
    client.get(index_page.url)
    with CaptureQueriesContext(connection) as few:
        client.get(index_page.url)
    for n in range(6):
        make_feature(index_page, title=f"More {n}")
    with CaptureQueriesContext(connection) as many:
        client.get(index_page.url)
    assert len(many) == len(few)


def test_linking_paragraphs_do_not_add_queries(client, index_page, settings):
    settings.WAGTAIL_MONTAGE_PAGE_FRAGMENT_CACHE = None
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    link = f'<p>See <a linktype="page" id="{index_page.pk}">features</a>.</p>'
    counts = []
    for n in (1, 20):
        page = make_feature(
            index_page, title=f"Paragraphs {n}", body=[("paragraph", link)] * n
        )
        client.get(page.url)
        with CaptureQueriesContext(connection) as queries:
            html = client.get(page.url).content.decode()
        counts.append(len(queries))
        assert html.count(f'<a href="{index_page.url}">features</a>') == n
    assert counts[0] == counts[1]
