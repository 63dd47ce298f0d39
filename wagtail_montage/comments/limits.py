"""Flood, duplicate and attempt limits.

Flood and duplicate checks count saved comments in the database, inside the
transaction that saves the new one, under a lock per author (IP and email):
exact across processes, with no service beside the database. On PostgreSQL the
lock is a transaction-level advisory lock; SQLite serialises writing
transactions itself when they begin ``IMMEDIATE`` (the example site and tests
configure it; ``wagtail_montage.W003`` warns otherwise).

The attempt throttle is coarser: it counts every attempt, refused ones too, in
Django's cache.
"""

import hashlib
import math
from datetime import timedelta

from django.core.cache import caches
from django.db import connection
from django.utils import timezone

from ..conf import get_setting
from ..models.comments import email_key
from .text import normalise


class LimitExceeded(Exception):
    def __init__(self, retry_after):
        super().__init__(retry_after)
        self.retry_after = max(1, math.ceil(retry_after))


class ThrottleUnavailable(Exception):
    """The cache behind the attempt throttle cannot be reached: fail closed."""


def count_attempt(ip_address):
    """Count an attempt from ``ip_address``; raise ``LimitExceeded`` past the limit."""
    limit, window = get_setting("COMMENT_ATTEMPT_LIMIT")
    if not limit or not ip_address:
        return
    cache = caches[get_setting("COMMENT_CACHE")]
    bucket = int(timezone.now().timestamp() // window)
    key = f"wagtail_montage:attempts:{ip_address}:{bucket}"
    try:
        cache.add(key, 0, timeout=window + 1)
        attempts = cache.incr(key)
    except ValueError:
        # The key expired between add and incr: this is the first attempt.
        attempts = 1
        cache.set(key, 1, timeout=window + 1)
    except Exception as exc:
        raise ThrottleUnavailable(str(exc)) from exc
    if attempts > limit:
        raise LimitExceeded((bucket + 1) * window - timezone.now().timestamp())


def lock_authors(*keys):
    """Serialise concurrent submissions of the same authors until the transaction ends."""
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        for key in sorted({k for k in keys if k}):
            digest = hashlib.blake2b(key.encode(), digest_size=8).digest()
            cursor.execute(
                "SELECT pg_advisory_xact_lock(%s)",
                [int.from_bytes(digest, "big", signed=True)],
            )


def check_flood(comments, ip_address, email, now=None):
    """Raise ``LimitExceeded`` when the author's saved comments fill a window."""
    now = now or timezone.now()
    windows = sorted(get_setting("COMMENT_FLOOD_LIMITS"), key=lambda window: window[1])
    if not windows:
        return
    longest = windows[-1][1]
    # Emails by their key: the same address in another case or form is the same author.
    for field, value in (("ip_address", ip_address), ("email_key", email_key(email))):
        if not value:
            continue
        recent = list(
            comments.filter(
                **{field: value}, created_at__gt=now - timedelta(seconds=longest)
            )
            .order_by("-created_at")
            .values_list("created_at", flat=True)[: max(count for count, _ in windows)]
        )
        for count, seconds in windows:
            in_window = [at for at in recent if at > now - timedelta(seconds=seconds)]
            if len(in_window) >= count:
                # Free again when the oldest comment counted leaves the window.
                oldest = in_window[count - 1]
                raise LimitExceeded(
                    (oldest + timedelta(seconds=seconds) - now).total_seconds()
                )


def body_fingerprint(body):
    return normalise(body)


def is_duplicate(comments, page_id, email, body, now=None):
    now = now or timezone.now()
    since = now - timedelta(seconds=get_setting("COMMENT_DUPLICATE_WINDOW"))
    fingerprint = body_fingerprint(body)
    candidates = comments.filter(
        page_id=page_id, email_key=email_key(email), created_at__gt=since
    )
    return any(
        body_fingerprint(text) == fingerprint
        for text in candidates.values_list("body", flat=True)
    )
