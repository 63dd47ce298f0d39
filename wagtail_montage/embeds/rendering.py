"""Embed look-ups for templates that can fall back to a plain link."""

import logging

from wagtail.embeds.exceptions import EmbedException

from ..compat import embed_html_loaded, set_embed_html

logger = logging.getLogger(__name__)


def embed_or_none(url, max_width=None, max_height=None):
    """Return the Wagtail ``Embed`` for ``url``, or None when it cannot be embedded.

    Page templates use this to show a plain link instead of failing the page
    when a provider is unknown, unreachable or refuses the URL.
    """
    if not url:
        return None
    # Imported here because wagtail.embeds.embeds loads the Embed model, and
    # this package is imported while Django is still loading models.
    from wagtail.embeds import embeds

    try:
        return embeds.get_embed(url, max_width=max_width, max_height=max_height)
    except EmbedException as exc:
        logger.info("No embed for %s: %r", url, exc)
        return None


def prefetch_embeds(embed_values):
    """Load the stored embeds of many ``EmbedBlock`` values in one query.

    Rendering an ``EmbedValue`` looks its embed up on its own; a body with many
    embeds would query once per block. Values whose embed is not stored yet
    keep the normal look-up (which stores it for next time).
    """
    from django.utils.timezone import now
    from wagtail.embeds.embeds import get_embed_hash
    from wagtail.embeds.models import Embed

    waiting = {}
    for value in embed_values:
        if value is not None and not embed_html_loaded(value):
            key = get_embed_hash(value.url, value.max_width, value.max_height)
            waiting.setdefault(key, []).append(value)
    if not waiting:
        return
    for embed in Embed.objects.exclude(cache_until__lte=now()).filter(
        hash__in=list(waiting)
    ):
        for value in waiting[embed.hash]:
            set_embed_html(value, embed)
