"""Every ``WAGTAIL_MONTAGE_*`` setting, with its default.

Settings are read at call time (``get_setting("INDEX_PAGE_SIZE")``) so that
``override_settings`` works in tests and sites can change them per environment.
Each one has a row in the README's settings table.
"""

from django.conf import settings

DEFAULTS = {
    # Features listed per page of a VideoFeatureIndexPage.
    "INDEX_PAGE_SIZE": 10,
    # Template the plugin's page templates extend. It must define the blocks
    # ``title``, ``extra_head`` and ``content``.
    "BASE_TEMPLATE": "wagtail_montage/base.html",
    # The local embed finder asks oEmbed for providers it cannot build a player
    # for itself (anything but YouTube and Vimeo). Off: no network call at all.
    "EMBED_OEMBED_FALLBACK": True,
    # Player size the local embed finder reports for YouTube and Vimeo.
    "EMBED_WIDTH": 640,
    "EMBED_HEIGHT": 360,
}


def get_setting(name):
    """Return ``WAGTAIL_MONTAGE_<name>`` from the Django settings, or its default."""
    if name not in DEFAULTS:
        raise KeyError(f"Unknown wagtail-montage setting: {name}")
    return getattr(settings, f"WAGTAIL_MONTAGE_{name}", DEFAULTS[name])
