"""The generation: one token that every kept value and page fragment is keyed
by, so that a change makes all of them stale at once.

It lives in the cache itself, so every worker process sees a change made by any
of them. ``new_generation()`` replaces it now (reads later in the same
transaction) and again when the transaction commits (nothing another request
read before the commit outlives it). ``handlers`` calls it on Wagtail's signals.
"""

import logging
import time
from contextlib import contextmanager
from datetime import UTC, datetime
from uuid import uuid4

from asgiref.local import Local
from django.core.cache import InvalidCacheBackendError, caches
from django.db import transaction

from ..conf import get_setting
from . import missed

logger = logging.getLogger(__name__)

GENERATION_KEY = "wagtail_montage:api:generation"
# Per page: a token replaced whenever one of the page's comments is written.
COMMENTS_KEY = "wagtail_montage:api:comments:"
ANY_PAGE_COMMENTS_KEY = "wagtail_montage:api:comments-of-any-page"
# The caches that key on the generation: kept representations and page fragments.
CACHE_SETTINGS = ("API_REPRESENTATION_CACHE", "PAGE_FRAGMENT_CACHE")


# What one request has read of the tokens, so it asks the shared cache once:
# a request works with one snapshot of them. Only while a request runs
# (``request_started`` to ``request_finished``, see handlers.py); elsewhere
# (commands, workers) every read goes to the cache.
_request = Local()


def start_request_memo(**kwargs):
    _request.tokens = {}


def end_request_memo(**kwargs):
    _request.tokens = None


def _remembered(key, read):
    tokens = getattr(_request, "tokens", None)
    if tokens is None:
        return read()
    if key not in tokens:
        tokens[key] = read()
    return tokens[key]


def _forget(keys):
    tokens = getattr(_request, "tokens", None)
    if tokens:
        for key in keys:
            tokens.pop(key, None)


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
    def read():
        generation = cache.get(GENERATION_KEY)
        if generation is None:
            # First use, or evicted: a new token, which no kept entry matches.
            # Its start is unknown ("0"): Last-Modified then rests on the page's
            # own dates; the token in the ETag still changes.
            cache.add(GENERATION_KEY, _new_token(began=0), None)
            generation = cache.get(GENERATION_KEY)
        if missed.back(generation is not None) and replay_missed():
            generation = cache.get(GENERATION_KEY)  # replaced just now
        return generation

    return _remembered((id(cache), GENERATION_KEY), read)


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


def _write(cache, tokens, timeout):
    """Set ``tokens`` in ``cache`` and read them back: a cache that is away
    drops them, and ``missed`` keeps them until it answers again."""
    cache.set_many(tokens, timeout)
    _forget([(id(cache), key) for key in tokens])
    if missed.took(cache, tokens):
        return True
    missed.note(list(tokens))
    return False


def _bump():
    token = _new_token()
    took = True
    for setting in CACHE_SETTINGS:
        cache = get_cache(setting)
        if cache is not None:
            took = _write(cache, {GENERATION_KEY: token}, None) and took
    return took


def replace_tokens(keys):
    """New tokens for ``keys`` (the generation's, comments' tokens): the
    changes ``missed`` kept while the cache was away. True if it took them."""
    took = True
    if GENERATION_KEY in keys:
        took = _bump()
    comment_keys = [
        key
        for key in keys
        if key.startswith(COMMENTS_KEY) or key == ANY_PAGE_COMMENTS_KEY
    ]
    cache = get_cache()
    if comment_keys and cache is not None:
        timeout = get_setting("API_REPRESENTATION_CACHE_TIMEOUT")
        for key in comment_keys:
            keep = None if key == ANY_PAGE_COMMENTS_KEY else timeout
            took = _write(cache, {key: _new_token()}, keep) and took
        _forget_comment_tokens()
    return took


def new_generation(*args, **kwargs):
    """Make everything kept stale (a signal receiver: any arguments).

    Now, for reads later in this transaction, and again after it commits, so that
    nothing read by another request before the commit outlives it."""
    _bump()
    transaction.on_commit(_bump)


def replay_missed():
    """Replace every token ``missed`` noted while the cache was away; True if
    there were any (the caller reads its token again)."""
    notes = missed.pending()
    if not notes:
        return False
    if replace_tokens([key for _pk, key, _at in notes]):
        missed.forget(notes)
    return True


def _token(cache, key, timeout):
    token = cache.get(key)
    if token is None:
        # First use, or evicted: a new token, which no kept entry matches.
        cache.add(key, _new_token(), timeout)
        token = cache.get(key)
    if missed.back(token is not None) and replay_missed():
        token = cache.get(key)  # replaced just now
    return token


def _forget_comment_tokens():
    tokens = getattr(_request, "tokens", None)
    for remembered in [k for k in tokens or () if k[1].startswith(COMMENTS_KEY)]:
        tokens.pop(remembered)


def comments_generation(page_id):
    """A token that changes whenever a comment of page ``page_id`` is written or
    deleted (``new_comments_generation``), or None when nothing is kept: what a
    kept value that counts or dates the page's comments is keyed by. It holds
    the page's own token and the one that writes to unknown pages replace."""
    cache = get_cache()
    if cache is None:
        return None
    key = f"{COMMENTS_KEY}{page_id}"
    timeout = get_setting("API_REPRESENTATION_CACHE_TIMEOUT")

    def read():
        # Every page's (None): a bulk update whose rows were not read.
        every = _token(cache, ANY_PAGE_COMMENTS_KEY, None)
        return f"{every}:{_token(cache, key, timeout)}"

    return _remembered((id(cache), key), read)


# Page ids whose comments changed inside ``one_comments_generation()``.
_batch = Local()


@contextmanager
def one_comments_generation():
    """Within the block, comment writes collect their pages; at its end each
    page's token is replaced once (moderating fifty comments of one page bumps
    it once, not fifty times). Nested blocks join the outer one."""
    if getattr(_batch, "page_ids", None) is not None:
        yield
        return
    _batch.page_ids = set()
    try:
        yield
    finally:
        page_ids, _batch.page_ids = _batch.page_ids, None
        if page_ids:
            new_comments_generation(page_ids)


def new_comments_generation(page_ids=None):
    """Make what is kept of the comments of ``page_ids`` (None: of every page)
    stale: now, and again after the transaction commits (as ``new_generation``)."""
    collecting = getattr(_batch, "page_ids", None)
    if collecting is not None and page_ids is not None:
        collecting.update(page_ids)
        return
    if page_ids is None:
        keys, timeout = [ANY_PAGE_COMMENTS_KEY], None
    else:
        keys = [f"{COMMENTS_KEY}{page_id}" for page_id in set(page_ids)]
        timeout = get_setting("API_REPRESENTATION_CACHE_TIMEOUT")
    if not keys or get_cache() is None:
        return

    def bump():
        cache = get_cache()
        if cache is not None:
            _write(cache, {key: _new_token() for key in keys}, timeout)
            if page_ids is None:  # every page's comments token
                _forget_comment_tokens()

    bump()
    transaction.on_commit(bump)
