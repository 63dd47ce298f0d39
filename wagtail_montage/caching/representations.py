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
import threading
from collections import OrderedDict

from django.core.serializers.json import DjangoJSONEncoder
from django.utils.translation import get_language

from .. import __version__
from ..conf import get_setting
from .generation import current_generation, get_cache

KEY_PREFIX = "wagtail_montage:api:"

# This process's copies of the values it read or worked out last, by the same
# key as in the shared cache. A key names what its value depends on (the
# generation, content digests, the request's host and language), so a copy is
# never stale: anything that changes the value changes the key. It spares a
# read and an unpickling of, say, a 50-block body on every request. The values
# are shared between requests: callers build new objects, never change them.
KEPT_HERE_MAX = 256
_kept_here = OrderedDict()
_kept_here_lock = threading.Lock()


def _copy_here(key):
    with _kept_here_lock:
        value = _kept_here.get(key)
        if value is not None:
            _kept_here.move_to_end(key)
        return value


def _keep_here(key, value):
    with _kept_here_lock:
        _kept_here[key] = value
        _kept_here.move_to_end(key)
        while len(_kept_here) > KEPT_HERE_MAX:
            _kept_here.popitem(last=False)


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
    here = _copy_here(key)
    if here is not None:
        return here
    kept = cache.get(key)
    if kept is None:
        kept = compute()
        cache.set(key, kept, get_setting("API_REPRESENTATION_CACHE_TIMEOUT"))
    if kept is not None:
        _keep_here(key, kept)
    return kept
