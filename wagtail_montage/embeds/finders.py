"""A Wagtail embed finder that builds YouTube and Vimeo players without the network."""

from django.utils.html import format_html
from django.utils.translation import gettext as _
from wagtail.embeds.exceptions import EmbedNotFoundException
from wagtail.embeds.finders.base import EmbedFinder
from wagtail.embeds.finders.oembed import OEmbedFinder

from wagtail_montage.conf import get_setting

from . import providers

_IFRAME_ALLOW = (
    "accelerometer; encrypted-media; gyroscope; picture-in-picture; fullscreen"
)


def _positive_int(value):
    try:
        value = int(value)
    except (TypeError, ValueError):
        return None
    return value if value > 0 else None


def _player_size(max_width=None, max_height=None):
    width = _positive_int(get_setting("EMBED_WIDTH")) or 640
    height = _positive_int(get_setting("EMBED_HEIGHT")) or 360
    # Shrink both sides by the same factor so the player keeps its shape.
    scale = 1.0
    for limit, size in (
        (_positive_int(max_width), width),
        (_positive_int(max_height), height),
    ):
        if limit is not None and limit < size:
            scale = min(scale, limit / size)
    return max(1, round(width * scale)), max(1, round(height * scale))


def _video_title(ref):
    if ref.provider == providers.VIMEO:
        return _("Vimeo video")
    return _("YouTube video")


def player_html(ref, start=None, max_width=None, max_height=None):
    """The ``<iframe>`` of the YouTube (privacy-enhanced) or Vimeo player of
    ``ref``, starting at ``start`` seconds: built from the reference alone."""
    width, height = _player_size(max_width, max_height)
    return format_html(
        '<iframe src="{}" width="{}" height="{}" title="{}" loading="lazy" '
        'allow="{}" referrerpolicy="strict-origin-when-cross-origin" '
        "allowfullscreen></iframe>",
        providers.player_url(ref, start=start),
        width,
        height,
        _video_title(ref),
        _IFRAME_ALLOW,
    )


class LocalVideoEmbedFinder(EmbedFinder):
    """Embed finder for YouTube and Vimeo that never calls the providers.

    Configure it with ``WAGTAILEMBEDS_FINDERS = [{"class": "wagtail_montage.embeds"}]``.
    Other URLs go to Wagtail's oEmbed finder when the fallback is on: pass
    ``oembed_fallback`` in the finder config, or else it follows the
    ``WAGTAIL_MONTAGE_EMBED_OEMBED_FALLBACK`` setting. Any other config keys
    (``providers``, ``options``) are handed to ``OEmbedFinder``.
    """

    def __init__(self, oembed_fallback=None, **options):
        self.oembed_fallback = oembed_fallback
        # Built now so a bad "providers"/"options" config fails when the
        # finders load, not on the first unusual URL an editor pastes.
        self.oembed_finder = OEmbedFinder(**options)

    @property
    def fallback_enabled(self):
        """Whether URLs other than YouTube and Vimeo are passed to oEmbed."""
        if self.oembed_fallback is not None:
            return bool(self.oembed_fallback)
        # Read per call, not in __init__: Wagtail caches finder instances for
        # the life of the process, and tests override the setting.
        return bool(get_setting("EMBED_OEMBED_FALLBACK"))

    def accept(self, url):
        if providers.parse_video_url(url) is not None:
            return True
        return self.fallback_enabled and self.oembed_finder.accept(url)

    def find_embed(self, url, max_width=None, max_height=None):
        ref = providers.parse_video_url(url)
        if ref is not None:
            return self.local_embed(
                ref, url, max_width=max_width, max_height=max_height
            )
        if self.fallback_enabled:
            return self.oembed_finder.find_embed(
                url, max_width=max_width, max_height=max_height
            )
        raise EmbedNotFoundException(
            f"No local player for {url!r} and the oEmbed fallback is off."
        )

    def local_embed(self, ref, url, max_width=None, max_height=None):
        """Return Wagtail's embed dict for a YouTube or Vimeo ``ref``."""
        width, height = _player_size(max_width, max_height)
        title = _video_title(ref)
        html = player_html(
            ref, providers.parse_start_time(url), max_width=width, max_height=height
        )
        return {
            "title": title,
            "author_name": "",
            "provider_name": providers.provider_name(ref),
            "type": "video",
            "thumbnail_url": providers.thumbnail_url(ref) or "",
            "width": width,
            "height": height,
            # Plain str: it is stored in Embed.html, and SafeString buys nothing there.
            "html": str(html),
        }


embed_finder_class = LocalVideoEmbedFinder
