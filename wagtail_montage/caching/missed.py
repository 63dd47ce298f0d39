"""Changes the shared cache did not take: made while it was away.

A change replaces a token (``generation``); a cache that is away (Redis stopped,
unreachable, paused) drops the write, and when it answers again with its old data
every kept value keyed by the old token would be served as if nothing had
changed, until it expires. So each write is read back: a token the cache did not
take is noted in the database (``MissedCacheChange``), and the first process that
sees the cache answer after failing to (``back``) replaces every noted token
(``generation.replay_missed``), whichever process missed it (a command, a worker
since stopped). The model is looked up by name: the caching layer imports none.
"""

import logging

from django.apps import apps
from django.core.cache.backends.dummy import DummyCache
from django.db import DatabaseError, transaction

logger = logging.getLogger(__name__)

# Whether this process has found the shared cache away since it last answered.
_state = {"away": False}


def _notes():
    return apps.get_model("wagtail_montage", "MissedCacheChange").objects


def took(cache, tokens):
    """Whether ``cache`` holds each of ``tokens`` (a dict) just written."""
    if isinstance(cache, DummyCache):  # keeps nothing: nothing to miss
        return True
    kept = cache.get_many(list(tokens))
    return all(kept.get(key) is not None for key in tokens)


def note(keys):
    """Keep ``keys`` in the database until the cache takes new tokens for them."""
    _state["away"] = True
    logger.warning(
        "The shared cache did not take a change (%s): kept values stay stale"
        " until it answers again.",
        ", ".join(keys),
    )
    try:
        with transaction.atomic():
            for key in keys:
                _notes().update_or_create(key=key)
    except DatabaseError:
        logger.exception("Could not note the missed cache change %s", keys)


def back(answered):
    """Called with each read of a token (``answered``: whether the cache did).
    True when it answers after this process found it away: replay then."""
    if not answered:
        _state["away"] = True
        return False
    if not _state["away"]:
        return False
    _state["away"] = False
    return True


def pending():
    """``[(pk, key, missed_at)]`` of the noted changes ([] if unreadable)."""
    try:
        return list(_notes().values_list("pk", "key", "missed_at"))
    except DatabaseError:
        logger.exception("Could not read the missed cache changes")
        return []


def forget(notes):
    """Drop ``notes`` once the cache took them (not one noted again since)."""
    try:
        _notes().filter(
            pk__in=[pk for pk, _key, _at in notes],
            missed_at__lte=max(at for _pk, _key, at in notes),
        ).delete()
    except DatabaseError:
        logger.exception("Could not forget the missed cache changes")
    else:
        logger.info("Replayed %d missed cache change(s).", len(notes))
