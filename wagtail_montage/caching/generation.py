"""The generation: one token that every kept value and page fragment is keyed
by, so that a change makes all of them stale at once.

It lives in the cache itself, so every worker process sees a change made by any
of them. ``new_generation()`` replaces it now (reads later in the same
transaction) and again when the transaction commits (nothing another request
read before the commit outlives it). ``handlers`` calls it on Wagtail's signals.
"""

import logging
import time
from datetime import UTC, datetime
from uuid import uuid4

from django.core.cache import InvalidCacheBackendError, caches
from django.db import transaction

from ..conf import get_setting

logger = logging.getLogger(__name__)

GENERATION_KEY = "wagtail_montage:api:generation"
# The caches that key on the generation: kept representations and page fragments.
CACHE_SETTINGS = ("API_REPRESENTATION_CACHE", "PAGE_FRAGMENT_CACHE")


def get_cache(setting="API_REPRESENTATION_CACHE"):
    """The cache a ``WAGTAIL_MONTAGE_*`` setting names, or None (nothing kept)."""
    alias = get_setting(setting)
    if not alias:
        return None
    try:
        return caches[alias]
    except InvalidCacheBackendError:
        logger.warning("WAGTAIL_MONTAGE_%s names no cache: %r", setting, alias)
        return None


def current_generation(cache):
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        # First use, or evicted: a new token, which no kept entry matches. Its
        # start is unknown ("0"): Last-Modified then rests on the page's own
        # dates; the token in the ETag still changes.
        cache.add(GENERATION_KEY, _new_token(began=0), None)
        generation = cache.get(GENERATION_KEY)
    return generation


def _new_token(began=None):
    # When it began (for Last-Modified) and a random part (unique).
    return f"{time.time() if began is None else began:.6f}-{uuid4().hex}"


def generation():
    """``(token, began)``: the current generation and when it began, or
    ``(None, None)`` when nothing is kept. It changes whenever any kept
    representation would: a validator for what depends on other pages."""
    cache = get_cache()
    if cache is None:
        return None, None
    token = current_generation(cache)
    try:
        seconds = float(token.partition("-")[0])
    except (AttributeError, ValueError):
        seconds = 0
    began = datetime.fromtimestamp(seconds, tz=UTC) if seconds > 0 else None
    return token, began


def _bump():
    token = _new_token()
    for setting in CACHE_SETTINGS:
        cache = get_cache(setting)
        if cache is not None:
            cache.set(GENERATION_KEY, token, None)


def new_generation(*args, **kwargs):
    """Make everything kept stale (a signal receiver: any arguments).

    Now, for reads later in this transaction, and again after it commits, so that
    nothing read by another request before the commit outlives it."""
    _bump()
    transaction.on_commit(_bump)
