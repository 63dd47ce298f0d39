"""Kept API representations: derived JSON worked out once and kept, as Wagtail
keeps image renditions and site root paths.

Two things are kept, both costly to work out and the same for every reader:

* a feature body's typed JSON (rich text with its links expanded, image
  renditions, linked pages), keyed by a hash of the body's stored data, so a
  new revision is a new key;
* a feature's related features (their summaries), keyed by the page.

It is not a response cache: each response is still built for its request, with
its live comments and validators. Every key also holds the request's host,
rich text format and language, the API rendition settings, and a
*generation* that changes whenever something kept can show changes: any page
is saved (drafts, publishing and unpublishing save it too, scheduled expiry and
a parent unpublished with its descendants included), moved or deleted; a page
view restriction (on any page: it hides the page's descendants too) is made,
edited or deleted, or its groups change; or an image, a document, a tag, a site
or the comment settings are saved or deleted, or a rendition deleted. Then
everything kept is stale at once. The generation lives in the cache itself, so
every worker process sees a change made by any of them; it changes again when
the transaction that made the change commits.

``WAGTAIL_MONTAGE_API_REPRESENTATION_CACHE`` names the cache (``None``: keep
nothing); ``WAGTAIL_MONTAGE_API_REPRESENTATION_CACHE_TIMEOUT`` is how long an
entry lives.
"""

import hashlib
import json
import logging
import time
from datetime import UTC, datetime
from uuid import uuid4

from django.core.cache import InvalidCacheBackendError, caches
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.utils.translation import get_language

from . import __version__
from .conf import get_setting

logger = logging.getLogger(__name__)

GENERATION_KEY = "wagtail_montage:api:generation"
KEY_PREFIX = "wagtail_montage:api:"


def get_cache(setting="API_REPRESENTATION_CACHE"):
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
    # The page fragment cache (page_fragments) keys on the generation too.
    token = _new_token()
    for setting in ("API_REPRESENTATION_CACHE", "PAGE_FRAGMENT_CACHE"):
        cache = get_cache(setting)
        if cache is not None:
            cache.set(GENERATION_KEY, token, None)


def new_generation(*args, **kwargs):
    """Make everything kept stale (a signal receiver: any arguments).

    Now, for reads later in this transaction, and again after it commits, so that
    nothing read by another request before the commit outlives it."""
    _bump()
    transaction.on_commit(_bump)


def stream_digest(value):
    """A hash of a StreamField value's stored data, or None if it has none."""
    try:
        raw = json.dumps(list(value.raw_data), cls=DjangoJSONEncoder, sort_keys=True)
    except (TypeError, ValueError):
        return None
    return hashlib.blake2b(raw.encode(), digest_size=20).hexdigest()


def keep(kind, parts, context, compute):
    """``compute()``, or what it gave before for the same ``kind`` and ``parts``
    and the same request (host, language) in the same generation."""
    cache = get_cache()
    request = (context or {}).get("request")
    if cache is None or None in parts:
        return compute()
    try:
        host = f"{request.scheme}://{request.get_host()}" if request else ""
    except Exception:  # a DisallowedHost, say: work it out, keep nothing
        return compute()
    key_parts = (
        *parts,
        host,
        get_language() or "",
        get_setting("API_IMAGE_RENDITION"),
        get_setting("API_FEATURE_IMAGE_RENDITION"),
        __version__,  # an upgrade may change what the APIs answer
        # A view that read the generation already passes it in the context.
        (context or {}).get("montage_generation") or current_generation(cache),
    )
    digest = hashlib.blake2b(
        "|".join(str(part) for part in key_parts).encode(), digest_size=20
    )
    key = f"{KEY_PREFIX}{kind}:{digest.hexdigest()}"
    kept = cache.get(key)
    if kept is not None:
        return kept
    value = compute()
    cache.set(key, value, get_setting("API_REPRESENTATION_CACHE_TIMEOUT"))
    return value
