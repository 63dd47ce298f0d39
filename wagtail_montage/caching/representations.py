"""Kept API representations: derived JSON worked out once and kept, as Wagtail
keeps image renditions and site root paths.

What is kept is costly to work out and the same for every reader: a feature
body's typed JSON (rich text with its links expanded, image renditions, linked
pages), keyed by a hash of the body's stored data, so a new revision is a new
key; a feature's own summary, its related features and its schema.org data,
keyed by the page; a site's comment settings.

It is not a response cache: each response is still built for its request, with
its live comments and validators. Every key also holds the request's host,
rich text format and language, the API rendition settings, the plugin's
version and the generation (``generation``), which ``handlers`` replaces when
anything a kept value shows changes.

``WAGTAIL_MONTAGE_API_REPRESENTATION_CACHE`` names the cache (``None``: keep
nothing); ``WAGTAIL_MONTAGE_API_REPRESENTATION_CACHE_TIMEOUT`` is how long an
entry lives.
"""

import hashlib
import json

from django.core.serializers.json import DjangoJSONEncoder
from django.utils.translation import get_language

from .. import __version__
from ..conf import get_setting
from .generation import current_generation, get_cache

KEY_PREFIX = "wagtail_montage:api:"


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
