import socket
import urllib.request

import pytest
from wagtail.embeds import embeds as wagtail_embeds
from wagtail.embeds.exceptions import (
    EmbedNotFoundException,
    EmbedUnsupportedProviderException,
)
from wagtail.embeds.finders import get_finders, import_finder_class
from wagtail.embeds.finders.oembed import OEmbedFinder
from wagtail.embeds.models import Embed

from wagtail_montage.embeds import (
    LocalVideoEmbedFinder,
    VideoRef,
    embed_finder_class,
    embed_or_none,
    parse_start_time,
    parse_video_url,
    player_url,
    provider_name,
    thumbnail_url,
    url_at,
    watch_url,
)

YT_ID = "dQw4w9WgXcQ"
YT = VideoRef("youtube", YT_ID)
VIMEO = VideoRef("vimeo", "76979871")


@pytest.fixture(autouse=True)
def local_finder(settings):
    """Use only our finder, and rebuild Wagtail's process-wide finder cache."""
    settings.WAGTAILEMBEDS_FINDERS = [{"class": "wagtail_montage.embeds"}]
    settings.WAGTAIL_MONTAGE_EMBED_OEMBED_FALLBACK = False
    get_finders.cache_clear()
    yield
    get_finders.cache_clear()


@pytest.fixture
def no_network(monkeypatch):
    """Make every way out of the process fail loudly."""

    def refuse(*args, **kwargs):
        raise AssertionError("network access attempted")

    monkeypatch.setattr(urllib.request, "urlopen", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def test_no_network_fixture_blocks_http(no_network):
    # Guards the guard: the real oEmbed finder goes through requests/urllib3.
    with pytest.raises(AssertionError, match="network access attempted"):
        OEmbedFinder().find_embed("https://www.flickr.com/photos/someone/12345/")


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (f"https://www.youtube.com/watch?v={YT_ID}", YT),
        (f"https://youtube.com/watch?v={YT_ID}", YT),
        (f"http://www.youtube.com/watch?v={YT_ID}", YT),
        (f"HTTPS://WWW.YOUTUBE.COM/watch?v={YT_ID}", YT),
        (f"https://www.youtube.com/watch?feature=share&v={YT_ID}&list=PL123&t=42s", YT),
        (f"https://www.youtube.com/watch?v={YT_ID}&v=aaaaaaaaaaa", YT),
        (f"https://m.youtube.com/watch?v={YT_ID}", YT),
        (f"https://music.youtube.com/watch?v={YT_ID}&si=abc", YT),
        (f"https://youtu.be/{YT_ID}", YT),
        (f"https://youtu.be/{YT_ID}?si=Xy12&t=90", YT),
        (f"https://www.youtube.com/embed/{YT_ID}", YT),
        (f"https://www.youtube.com/embed/{YT_ID}/", YT),
        (f"https://www.youtube.com/shorts/{YT_ID}?feature=share", YT),
        (f"https://www.youtube.com/live/{YT_ID}", YT),
        (f"https://www.youtube-nocookie.com/embed/{YT_ID}?rel=0", YT),
        (f"https://youtube.com.:443/watch?v={YT_ID}", YT),
        (f"  https://youtu.be/{YT_ID}  ", YT),
        ("https://vimeo.com/76979871", VIMEO),
        ("https://www.vimeo.com/76979871?share=copy", VIMEO),
        ("https://vimeo.com/channels/staffpicks/76979871", VIMEO),
        ("https://vimeo.com/groups/shortfilms/videos/76979871", VIMEO),
        ("https://player.vimeo.com/video/76979871?autoplay=1", VIMEO),
        ("https://player.vimeo.com/video/76979871#t=30s", VIMEO),
        # IDs must be exactly right.
        ("https://www.youtube.com/watch?v=dQw4w9WgXc", None),
        ("https://www.youtube.com/watch?v=dQw4w9WgXcQQ", None),
        ("https://www.youtube.com/watch?v=dQw4w9WgXc!", None),
        ("https://www.youtube.com/watch?v=dQw4w9WgXc%0A", None),
        ("https://www.youtube.com/watch?v=", None),
        ("https://www.youtube.com/watch", None),
        ("https://youtu.be/", None),
        (f"https://youtu.be/{YT_ID}/extra", None),
        (f"https://www.youtube.com/embed/{YT_ID}/extra", None),
        (f"https://www.youtube.com/{YT_ID}", None),
        (f"https://www.youtube-nocookie.com/watch?v={YT_ID}", None),
        ("https://vimeo.com/abc", None),
        ("https://vimeo.com/0123", None),
        ("https://vimeo.com/١٢٣", None),
        ("https://vimeo.com/1234567890123456", None),
        ("https://vimeo.com/channels/staffpicks", None),
        ("https://player.vimeo.com/video/abc", None),
        # Unlisted videos need their privacy hash, which VideoRef cannot carry.
        ("https://vimeo.com/76979871/abcdef1234", None),
        ("https://player.vimeo.com/video/76979871?h=abcdef1234", None),
        # Other hosts, however much they look like the real ones.
        (f"https://evil.example/watch?v={YT_ID}", None),
        (f"https://youtube.com.evil.example/watch?v={YT_ID}", None),
        (f"https://notyoutube.com/watch?v={YT_ID}", None),
        (f"https://youtube.com@evil.example/watch?v={YT_ID}", None),
        (f"https://evil.example\\@youtube.com/watch?v={YT_ID}", None),
        (f"https://user:pass@www.youtube.com/watch?v={YT_ID}", None),
        ("https://vimeo.com.evil.example/76979871", None),
        ("https://evilvimeo.com/76979871", None),
        (f"https://evil.example/?u=https://youtu.be/{YT_ID}", None),
        # Not web URLs at all.
        (f"javascript://youtube.com/watch?v={YT_ID}", None),
        (f"ftp://youtube.com/watch?v={YT_ID}", None),
        (f"youtube.com/watch?v={YT_ID}", None),
        (f"//youtu.be/{YT_ID}", None),
        ("https://[::1/watch", None),
        ("https://youtu.be/" + "a" * 5000, None),
        ("", None),
        (None, None),
        (42, None),
    ],
)
def test_parse_video_url(url, expected):
    assert parse_video_url(url) == expected


def test_parse_is_fast_on_hostile_input():
    # Linear-time parsing: a long run of near-miss input must not stall.
    assert parse_video_url("https://www.youtube.com/watch?" + "v=" * 1000) is None
    assert parse_start_time(f"https://youtu.be/{YT_ID}?t=" + "1" * 1500 + "x") is None


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (f"https://youtu.be/{YT_ID}?t=90", 90),
        (f"https://youtu.be/{YT_ID}?t=90s", 90),
        (f"https://www.youtube.com/watch?v={YT_ID}&t=1m30s", 90),
        (f"https://www.youtube.com/watch?v={YT_ID}&t=1h2m3s", 3723),
        (f"https://www.youtube.com/embed/{YT_ID}?start=15", 15),
        ("https://vimeo.com/76979871#t=45s", 45),
        ("https://vimeo.com/76979871#t=2m", 120),
        (f"https://youtu.be/{YT_ID}", None),
        (f"https://youtu.be/{YT_ID}?t=0", None),
        (f"https://youtu.be/{YT_ID}?t=soon", None),
        (f"https://evil.example/watch?v={YT_ID}&t=90", None),
    ],
)
def test_parse_start_time(url, expected):
    assert parse_start_time(url) == expected


def test_player_url():
    assert player_url(YT) == f"https://www.youtube-nocookie.com/embed/{YT_ID}"
    assert (
        player_url(YT, start=90)
        == f"https://www.youtube-nocookie.com/embed/{YT_ID}?start=90"
    )
    assert player_url(YT, start=0) == f"https://www.youtube-nocookie.com/embed/{YT_ID}"
    assert player_url(VIMEO) == "https://player.vimeo.com/video/76979871"
    assert (
        player_url(VIMEO, start=90) == "https://player.vimeo.com/video/76979871#t=90s"
    )
    with pytest.raises(ValueError):
        player_url(YT, start=-1)
    with pytest.raises(ValueError):
        player_url(VideoRef("dailymotion", "x8abc"))


def test_watch_url_and_url_at():
    assert watch_url(YT) == f"https://www.youtube.com/watch?v={YT_ID}"
    assert url_at(f"https://youtu.be/{YT_ID}?si=x", 90) == (
        f"https://www.youtube.com/watch?v={YT_ID}&t=90s"
    )
    assert url_at(f"https://www.youtube.com/watch?v={YT_ID}&t=5s", 90) == (
        f"https://www.youtube.com/watch?v={YT_ID}&t=90s"
    )
    assert url_at("https://player.vimeo.com/video/76979871", 90) == (
        "https://vimeo.com/76979871#t=90s"
    )
    assert url_at(f"https://evil.example/watch?v={YT_ID}", 90) is None
    assert url_at("not a url", 90) is None


def test_thumbnail_and_provider_name():
    assert thumbnail_url(YT) == f"https://i.ytimg.com/vi/{YT_ID}/hqdefault.jpg"
    assert thumbnail_url(VIMEO) is None
    assert provider_name(YT) == "YouTube"
    assert provider_name(VIMEO) == "Vimeo"


def test_video_ref_is_frozen():
    with pytest.raises(AttributeError):
        YT.video_id = "x"


def test_wagtail_resolves_the_package_to_the_finder():
    assert import_finder_class("wagtail_montage.embeds") is LocalVideoEmbedFinder
    assert embed_finder_class is LocalVideoEmbedFinder
    assert [type(finder) for finder in get_finders()] == [LocalVideoEmbedFinder]


def test_finder_youtube_output(no_network):
    finder = LocalVideoEmbedFinder()
    url = f"https://www.youtube.com/watch?v={YT_ID}&t=90"
    assert finder.accept(url)
    result = finder.find_embed(url)
    assert result == {
        "title": "YouTube video",
        "author_name": "",
        "provider_name": "YouTube",
        "type": "video",
        "thumbnail_url": f"https://i.ytimg.com/vi/{YT_ID}/hqdefault.jpg",
        "width": 640,
        "height": 360,
        "html": result["html"],
    }
    html = result["html"]
    assert html.startswith("<iframe ") and html.endswith("></iframe>")
    assert f'src="https://www.youtube-nocookie.com/embed/{YT_ID}?start=90"' in html
    assert 'title="YouTube video"' in html
    assert 'loading="lazy"' in html
    assert " allowfullscreen" in html
    assert 'referrerpolicy="strict-origin-when-cross-origin"' in html
    assert (
        'allow="accelerometer; encrypted-media; gyroscope; picture-in-picture; fullscreen"'
        in html
    )
    assert 'width="640" height="360"' in html
    assert "www.youtube.com" not in html


def test_finder_vimeo_output(no_network):
    result = LocalVideoEmbedFinder().find_embed(
        "https://vimeo.com/channels/staffpicks/76979871"
    )
    assert result["provider_name"] == "Vimeo"
    assert result["title"] == "Vimeo video"
    assert result["thumbnail_url"] == ""
    assert 'src="https://player.vimeo.com/video/76979871"' in result["html"]


def test_finder_escapes_attribute_values(monkeypatch):
    monkeypatch.setattr(
        "wagtail_montage.embeds.finders._video_title",
        lambda ref: '"><script>alert(1)</script>',
    )
    html = LocalVideoEmbedFinder().find_embed(f"https://youtu.be/{YT_ID}")["html"]
    assert "<script>" not in html
    assert 'title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"' in html
    # Query strings in the player URL are escaped too.
    monkeypatch.setattr(
        "wagtail_montage.embeds.providers.player_url",
        lambda ref, start=None: "https://x/?a=1&b=2",
    )
    html = LocalVideoEmbedFinder().find_embed(f"https://youtu.be/{YT_ID}")["html"]
    assert 'src="https://x/?a=1&amp;b=2"' in html


def test_finder_title_is_translatable(monkeypatch):
    monkeypatch.setattr("wagtail_montage.embeds.finders._", lambda text: f"[{text}]")
    result = LocalVideoEmbedFinder().find_embed("https://vimeo.com/76979871")
    assert result["title"] == "[Vimeo video]"
    assert 'title="[Vimeo video]"' in result["html"]


@pytest.mark.parametrize(
    ("max_width", "max_height", "size"),
    [
        (None, None, (640, 360)),
        (1000, None, (640, 360)),
        (320, None, (320, 180)),
        ("320", None, (320, 180)),
        (None, 180, (320, 180)),
        (480, 180, (320, 180)),
        (0, None, (640, 360)),
        ("wide", None, (640, 360)),
    ],
)
def test_finder_size_respects_limits(max_width, max_height, size):
    result = LocalVideoEmbedFinder().find_embed(
        f"https://youtu.be/{YT_ID}", max_width=max_width, max_height=max_height
    )
    assert (result["width"], result["height"]) == size
    assert f'width="{size[0]}" height="{size[1]}"' in result["html"]


def test_finder_size_comes_from_settings(settings):
    settings.WAGTAIL_MONTAGE_EMBED_WIDTH = 800
    settings.WAGTAIL_MONTAGE_EMBED_HEIGHT = 450
    result = LocalVideoEmbedFinder().find_embed("https://vimeo.com/76979871")
    assert (result["width"], result["height"]) == (800, 450)
    result = LocalVideoEmbedFinder().find_embed(
        "https://vimeo.com/76979871", max_width=400
    )
    assert (result["width"], result["height"]) == (400, 225)


@pytest.mark.django_db
def test_get_embed_stores_youtube_without_network(no_network):
    url = f"https://youtu.be/{YT_ID}"
    embed = wagtail_embeds.get_embed(url)
    stored = Embed.objects.get(url=url)
    assert stored.pk == embed.pk
    assert stored.provider_name == "YouTube"
    assert stored.type == "video"
    assert (stored.width, stored.height) == (640, 360)
    assert "youtube-nocookie.com/embed/" in stored.html
    # The second look-up is served from the Embed table.
    assert wagtail_embeds.get_embed(url).pk == embed.pk
    assert Embed.objects.count() == 1


def test_unknown_provider_with_fallback_off(no_network):
    finder = LocalVideoEmbedFinder()
    url = "https://www.flickr.com/photos/someone/12345/"
    assert OEmbedFinder().accept(url)
    assert not finder.accept(url)
    with pytest.raises(EmbedNotFoundException):
        finder.find_embed(url)
    # The constructor option overrides the setting.
    assert not LocalVideoEmbedFinder(oembed_fallback=False).accept(url)


@pytest.mark.django_db
def test_get_embed_unknown_provider_with_fallback_off(no_network):
    with pytest.raises(EmbedUnsupportedProviderException):
        wagtail_embeds.get_embed("https://www.flickr.com/photos/someone/12345/")


@pytest.fixture
def fake_oembed(monkeypatch):
    calls = []

    def find_embed(self, url, max_width=None, max_height=None):
        calls.append((url, max_width, max_height))
        return {
            "title": "A photo",
            "author_name": "someone",
            "provider_name": "Flickr",
            "type": "photo",
            "thumbnail_url": "",
            "width": 100,
            "height": 50,
            "html": '<img src="https://example.com/p.jpg" alt="">',
        }

    monkeypatch.setattr(OEmbedFinder, "find_embed", find_embed)
    return calls


@pytest.mark.django_db
def test_fallback_on_from_setting_delegates_to_oembed(
    settings, no_network, fake_oembed
):
    settings.WAGTAIL_MONTAGE_EMBED_OEMBED_FALLBACK = True
    url = "https://www.flickr.com/photos/someone/12345/"
    embed = wagtail_embeds.get_embed(url, max_width=300)
    assert fake_oembed == [(url, 300, None)]
    assert embed.provider_name == "Flickr"
    assert embed.type == "photo"
    # YouTube still never reaches oEmbed.
    assert (
        wagtail_embeds.get_embed(f"https://youtu.be/{YT_ID}").provider_name == "YouTube"
    )
    assert len(fake_oembed) == 1


def test_fallback_constructor_option_beats_setting(settings, no_network, fake_oembed):
    url = "https://www.flickr.com/photos/someone/12345/"
    finder = LocalVideoEmbedFinder(oembed_fallback=True)
    assert finder.accept(url)
    assert finder.find_embed(url)["provider_name"] == "Flickr"

    settings.WAGTAIL_MONTAGE_EMBED_OEMBED_FALLBACK = True
    with pytest.raises(EmbedNotFoundException):
        LocalVideoEmbedFinder(oembed_fallback=False).find_embed(url)


def test_fallback_on_still_rejects_urls_oembed_does_not_know(settings, no_network):
    settings.WAGTAIL_MONTAGE_EMBED_OEMBED_FALLBACK = True
    finder = LocalVideoEmbedFinder()
    assert not finder.accept("https://evil.example/watch?v=dQw4w9WgXcQ")
    with pytest.raises(EmbedNotFoundException):
        finder.find_embed("https://evil.example/watch?v=dQw4w9WgXcQ")


def test_oembed_config_is_passed_through():
    providers = [
        {
            "endpoint": "https://oembed.example/api",
            "urls": [r"^https://media\.example/.+$"],
        }
    ]
    finder = LocalVideoEmbedFinder(oembed_fallback=True, providers=providers)
    assert finder.accept("https://media.example/clip/1")
    assert not finder.accept("https://www.flickr.com/photos/someone/12345/")
    with pytest.raises(TypeError):
        LocalVideoEmbedFinder(not_an_option=1)


@pytest.mark.django_db
def test_embed_or_none(no_network):
    assert embed_or_none("https://evil.example/not-a-video") is None
    assert embed_or_none("") is None
    assert embed_or_none(None) is None
    embed = embed_or_none(f"https://www.youtube.com/shorts/{YT_ID}")
    assert embed is not None
    assert embed.provider_name == "YouTube"


@pytest.mark.django_db
def test_embed_or_none_swallows_provider_errors(settings, monkeypatch, no_network):
    settings.WAGTAIL_MONTAGE_EMBED_OEMBED_FALLBACK = True

    def fail(self, url, max_width=None, max_height=None):
        raise EmbedNotFoundException("provider said no")

    monkeypatch.setattr(OEmbedFinder, "find_embed", fail)
    assert embed_or_none("https://www.flickr.com/photos/someone/12345/") is None
