"""Embed look-ups for templates that can fall back to a plain link."""

import logging

from wagtail.embeds.exceptions import EmbedException

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
