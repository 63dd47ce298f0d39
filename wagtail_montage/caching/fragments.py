"""Rendered fragments of feature pages kept in a cache, with Wagtail's own
``{% wagtailpagecache %}``: the feature's content (header, video, body,
soundtrack, tags, "More features") and each page of its comment threads.

Wagtail's tag already keys a fragment by the page's state (``page.cache_key``:
id, URL path, last publication) and site, and renders previews uncached. The
templates add the language and:

* for the content, the generation (``caching.generation``), which changes
  when anything it shows from other pages, images, documents or tags changes,
  and when any page is published, unpublished or its view restrictions change:
  "More features" lists only live, public pages;
* for comments, their validators (last change and approved count), the page
  of threads and whether the page takes comments.

What is personal (the form with its token, messages, a reply being written) is
never in a fragment. Both keys hold the plugin's version, so an upgrade's
templates never meet fragments rendered by the old ones; after changing your
own overrides of these templates, clear the cache. ``WAGTAIL_MONTAGE_PAGE_FRAGMENT_CACHE`` names the cache
(``None``: render everything every time).
"""

from .. import __version__
from ..conf import get_setting
from .generation import current_generation, get_cache


def page_fragments(request):
    """The template's ``montage_fragments``: ``{alias, timeout, generation,
    version}``, or None when fragments are not kept."""
    if getattr(request, "is_preview", False):
        return None
    cache = get_cache("PAGE_FRAGMENT_CACHE")
    if cache is None:
        return None
    return {
        "alias": get_setting("PAGE_FRAGMENT_CACHE"),
        "timeout": get_setting("PAGE_FRAGMENT_CACHE_TIMEOUT"),
        # The fragment cache's own generation token, bumped with the API's.
        "generation": current_generation(cache),
        # An upgrade's templates never meet fragments the old ones rendered.
        "version": __version__,
    }
