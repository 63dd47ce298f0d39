"""What a reader's browser gets from a feature page, without a browser: each fact
once by default (the soundtrack tables are a setting), wide tables in their own
scrolling region, and a player that waits for the reader (click to load)."""

import pytest
from bs4 import BeautifulSoup
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from .factories import make_feature

pytestmark = pytest.mark.django_db


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content.decode(), "html.parser")


def test_each_fact_is_shown_once_by_default(client, feature):
    page = soup(client.get(feature.url))
    assert page.select(".montage-track")
    assert page.select(".montage-chart-fact")
    assert page.select_one(".montage-soundtrack") is None
    assert page.select("table") == []


def test_the_soundtrack_tables_are_a_setting_and_scroll_in_a_labelled_region(
    client, feature, settings
):
    settings.WAGTAIL_MONTAGE_SOUNDTRACK_TABLES = True
    page = soup(client.get(feature.url))
    tables = page.select(".montage-soundtrack table")
    assert len(tables) == 2
    for table in tables:
        region = table.parent
        assert region["role"] == "region"
        assert region["tabindex"] == "0"
        assert region["aria-label"] == table.caption.get_text(strip=True)
    assert [t.caption.get_text(strip=True) for t in tables] == [
        "Music in this feature",
        "Charts and certifications",
    ]


def test_kept_fragments_follow_the_soundtrack_setting(client, feature, settings):
    assert soup(client.get(feature.url)).select_one(".montage-soundtrack") is None
    settings.WAGTAIL_MONTAGE_SOUNDTRACK_TABLES = True
    assert soup(client.get(feature.url)).select_one(".montage-soundtrack")


def test_the_player_waits_for_the_reader(client, feature):
    page = soup(client.get(feature.url))
    player = page.select_one(".montage-video [data-montage-player]")
    assert player["data-montage-title"] == f"Video: {feature.title}"
    # The provider's player is inert (a <template>) until the button is pressed.
    template = player.select_one("template.montage-player__frame")
    assert "youtube-nocookie.com/embed/dQw4w9WgXcQ" in template.decode_contents()
    assert all(frame.find_parent("template") for frame in page.find_all("iframe"))
    button = player.select_one("button.montage-player__load")
    assert button["type"] == "button"
    assert button.img["alt"] == ""
    assert button["aria-label"] == f"Play the video: {feature.title}"
    notice = player.select_one(".montage-player__notice")
    assert notice.get_text(strip=True) == "Loads the player from YouTube."
    assert player.select_one("noscript a")["href"] == feature.video_url
    # Nothing on the page is fetched from another host when it loads.
    for node in page.select("img[src], script[src], link[href][rel=stylesheet]"):
        assert (node.get("src") or node["href"]).startswith("/"), node


def test_the_player_at_a_chapter_starts_there(client, feature):
    page = soup(client.get(feature.url, {"t": "130"}))
    template = page.select_one(".montage-video template.montage-player__frame")
    assert "youtube-nocookie.com/embed/dQw4w9WgXcQ?start=130" in str(template)


def test_the_poster_is_the_hero_image(client, index_page, settings):
    image = get_image_model().objects.create(title="Poster", file=get_test_image_file())
    feature = make_feature(index_page, hero_image=image)
    page = soup(client.get(feature.url))
    poster = page.select_one(".montage-player__poster")["src"]
    assert "/images/" in poster and poster.endswith(".png")
    assert page.select_one('meta[property="og:image"]')["content"] == poster


def test_index_cards_never_load_the_providers_still(client, index_page):
    make_feature(index_page, title="No hero image")
    page = soup(client.get(index_page.url))
    [image] = page.select(".montage-card__image")
    assert image["src"] == "/static/wagtail_montage/img/video-placeholder.svg"
    assert image["alt"] == ""
