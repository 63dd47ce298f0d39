"""Recognise YouTube and Vimeo URLs and build player, watch and thumbnail URLs.

Nothing here touches the network: everything is derived from the URL alone.
URLs are split with ``urllib.parse`` and only the small pieces (host, path
segments, query values) are checked, each with a short anchored pattern, so no
regular expression ever runs over a whole untrusted URL.
"""

import re
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlsplit

YOUTUBE = "youtube"
VIMEO = "vimeo"

_PROVIDER_NAMES = {YOUTUBE: "YouTube", VIMEO: "Vimeo"}

# Editors paste URLs; anything this long is not one worth parsing.
_MAX_URL_LENGTH = 2048

_YOUTUBE_ID = re.compile(r"[A-Za-z0-9_-]{11}")
# Explicit [0-9] rather than \d, which would also accept non-ASCII digits.
_VIMEO_ID = re.compile(r"[1-9][0-9]{0,14}")
_SLUG = re.compile(r"[A-Za-z0-9_-]{1,100}")
# "90", "90s", "1m30s", "1h2m3s": the start-time forms YouTube and Vimeo use.
_TIMESTAMP = re.compile(r"(?:([0-9]{1,5})h)?(?:([0-9]{1,5})m)?(?:([0-9]{1,7})s?)?")

_YOUTUBE_WATCH_HOSTS = frozenset(
    {"youtube.com", "www.youtube.com", "m.youtube.com", "music.youtube.com"}
)
_YOUTUBE_NOCOOKIE_HOSTS = frozenset(
    {"youtube-nocookie.com", "www.youtube-nocookie.com"}
)
_YOUTUBE_SHORT_HOSTS = frozenset({"youtu.be", "www.youtu.be"})
_VIMEO_HOSTS = frozenset({"vimeo.com", "www.vimeo.com"})
_VIMEO_PLAYER_HOSTS = frozenset({"player.vimeo.com"})


@dataclass(frozen=True, slots=True)
class VideoRef:
    """A video on a known provider: ``provider`` is ``"youtube"`` or ``"vimeo"``."""

    provider: str
    video_id: str


def _split(url):
    """Return ``(host, path segments, query dict, fragment)`` or None."""
    if not isinstance(url, str):
        return None
    url = url.strip()
    if not url or len(url) > _MAX_URL_LENGTH:
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https"):
        return None
    # Real video links never carry credentials, and parsers disagree about
    # where the host starts in ones that do ("https://evil\@youtube.com/"),
    # so refuse them outright.
    if parts.username is not None or parts.password is not None:
        return None
    host = (parts.hostname or "").rstrip(".")
    segments = parts.path.strip("/").split("/") if parts.path.strip("/") else []
    # The first value wins, as it does for the providers themselves.
    query = {}
    for key, value in parse_qsl(parts.query, keep_blank_values=True):
        query.setdefault(key, value)
    return host, segments, query, parts.fragment


def _youtube_id(value):
    return value if _YOUTUBE_ID.fullmatch(value) else None


def _vimeo_id(value):
    return value if _VIMEO_ID.fullmatch(value) else None


def _parse_youtube(host, segments, query):
    if host in _YOUTUBE_SHORT_HOSTS:
        return _youtube_id(segments[0]) if len(segments) == 1 else None
    if host in _YOUTUBE_WATCH_HOSTS and segments == ["watch"]:
        return _youtube_id(query.get("v", ""))
    if host in _YOUTUBE_WATCH_HOSTS or host in _YOUTUBE_NOCOOKIE_HOSTS:
        if len(segments) == 2 and segments[0] in ("embed", "shorts", "live"):
            return _youtube_id(segments[1])
    return None


def _parse_vimeo(host, segments, query):
    if host in _VIMEO_PLAYER_HOSTS:
        # ``?h=`` marks an unlisted video whose player needs that hash; leave
        # those to oEmbed rather than build a player that will refuse to play.
        if len(segments) == 2 and segments[0] == "video" and "h" not in query:
            return _vimeo_id(segments[1])
        return None
    if host not in _VIMEO_HOSTS:
        return None
    # vimeo.com/ID/HASH (unlisted) deliberately does not match: see above.
    if len(segments) == 1:
        return _vimeo_id(segments[0])
    if (
        len(segments) == 3
        and segments[0] == "channels"
        and _SLUG.fullmatch(segments[1])
    ):
        return _vimeo_id(segments[2])
    if (
        len(segments) == 4
        and segments[0] == "groups"
        and _SLUG.fullmatch(segments[1])
        and segments[2] == "videos"
    ):
        return _vimeo_id(segments[3])
    return None


def parse_video_url(url):
    """Return the :class:`VideoRef` for a YouTube or Vimeo video URL, else None.

    Recognised: ``youtube.com/watch?v=ID`` (also on ``m.`` and ``music.``),
    ``youtu.be/ID``, ``youtube.com/embed/ID``, ``youtube.com/shorts/ID``,
    ``youtube.com/live/ID``, ``youtube-nocookie.com/embed/ID``,
    ``vimeo.com/ID``, ``vimeo.com/channels/NAME/ID``,
    ``vimeo.com/groups/NAME/videos/ID`` and ``player.vimeo.com/video/ID``.
    Unlisted Vimeo links (which carry a privacy hash) return None.
    """
    split = _split(url)
    if split is None:
        return None
    host, segments, query, _fragment = split
    video_id = _parse_youtube(host, segments, query)
    if video_id:
        return VideoRef(YOUTUBE, video_id)
    video_id = _parse_vimeo(host, segments, query)
    if video_id:
        return VideoRef(VIMEO, video_id)
    return None


def _parse_timestamp(value):
    match = _TIMESTAMP.fullmatch(value)
    if not value or not match:
        return None
    hours, minutes, seconds = (int(group or 0) for group in match.groups())
    return hours * 3600 + minutes * 60 + seconds


def parse_start_time(url):
    """Return the start time in seconds a YouTube or Vimeo URL asks for, else None.

    Reads YouTube's ``t=``/``start=`` query parameter and Vimeo's ``#t=``
    fragment, in the forms ``90``, ``90s`` and ``1m30s``.
    """
    ref = parse_video_url(url)
    if ref is None:
        return None
    _host, _segments, query, fragment = _split(url)
    if ref.provider == YOUTUBE:
        value = query.get("t") or query.get("start") or ""
    else:
        value = dict(parse_qsl(fragment)).get("t", "")
    seconds = _parse_timestamp(value)
    return seconds or None


def _seconds(start):
    if start is None:
        return None
    start = int(start)
    if start < 0:
        raise ValueError("A start time cannot be negative.")
    return start


def player_url(ref, start=None):
    """Return the URL to put in an ``<iframe>`` for ``ref``.

    YouTube uses the privacy-enhanced ``youtube-nocookie.com`` host. ``start``
    is in whole seconds; 0 or None starts at the beginning.
    """
    start = _seconds(start)
    if ref.provider == YOUTUBE:
        url = f"https://www.youtube-nocookie.com/embed/{ref.video_id}"
        return f"{url}?start={start}" if start else url
    if ref.provider == VIMEO:
        url = f"https://player.vimeo.com/video/{ref.video_id}"
        return f"{url}#t={start}s" if start else url
    raise ValueError(f"Unknown video provider: {ref.provider!r}")


def watch_url(ref, start=None):
    """Return the provider's public page for ``ref``, optionally at ``start`` seconds."""
    start = _seconds(start)
    if ref.provider == YOUTUBE:
        url = f"https://www.youtube.com/watch?v={ref.video_id}"
        return f"{url}&t={start}s" if start is not None else url
    if ref.provider == VIMEO:
        url = f"https://vimeo.com/{ref.video_id}"
        return f"{url}#t={start}s" if start is not None else url
    raise ValueError(f"Unknown video provider: {ref.provider!r}")


def url_at(url, seconds):
    """Return the public watch URL for the video at ``url`` starting at ``seconds``.

    Returns None when ``url`` is not a recognised YouTube or Vimeo URL.
    """
    ref = parse_video_url(url)
    if ref is None:
        return None
    return watch_url(ref, seconds)


def thumbnail_url(ref):
    """Return a thumbnail URL for ``ref``, or None when it needs a network call.

    Vimeo thumbnails can only be found through its API, so they are None.
    """
    if ref.provider == YOUTUBE:
        return f"https://i.ytimg.com/vi/{ref.video_id}/hqdefault.jpg"
    return None


def provider_name(ref):
    """Return the display name of the provider of ``ref``: "YouTube" or "Vimeo"."""
    return _PROVIDER_NAMES[ref.provider]


def video_info(url):
    """The video at ``url`` as data, known from the URL alone (no network):
    ``{url, provider, thumbnail_url, embed_url, watch_url}``, the last four None
    for a URL that is not a recognised YouTube or Vimeo one; None without a URL.

    The one reading of a feature's video: its page, Wagtail's API v2 and v3, the
    plugin's API and the JSON-LD all start from it."""
    if not url:
        return None
    ref = parse_video_url(url)
    return {
        "url": url,
        "provider": provider_name(ref) if ref else None,
        "thumbnail_url": thumbnail_url(ref) if ref else None,
        "embed_url": player_url(ref) if ref else None,
        "watch_url": watch_url(ref) if ref else None,
    }
