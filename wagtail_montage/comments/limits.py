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
from dataclasses import dataclass, field
from datetime import timedelta

from django.core.cache import caches
from django.db import connection
from django.db.models import (
    BooleanField,
    Case,
    ExpressionWrapper,
    Q,
    TextField,
    Value,
    When,
)
from django.utils import timezone

from ..conf import get_setting
from ..models.comments import ReaderComment, email_key
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
    """Serialise concurrent submissions of the same authors until the transaction
    ends: on PostgreSQL one statement takes every key's advisory lock, in sorted
    order (so two submissions never wait for each other crosswise)."""
    if connection.vendor != "postgresql":
        return
    numbers = sorted(
        {
            int.from_bytes(
                hashlib.blake2b(key.encode(), digest_size=8).digest(),
                "big",
                signed=True,
            )
            for key in keys
            if key
        }
    )
    if numbers:
        with connection.cursor() as cursor:
            # ORDINALITY keeps the array's (sorted) order.
            cursor.execute(
                "SELECT pg_advisory_xact_lock(key) FROM unnest(%s::bigint[])"
                " WITH ORDINALITY AS locks(key, n) ORDER BY n",
                [numbers],
            )


@dataclass
class History:
    """What an author saved recently, as the flood and duplicate checks read it:
    the times of the comments from their IP and from their email (newest first,
    within the longest flood window), and the bodies they sent to this page
    within the duplicate window."""

    now: object
    ip_times: list = field(default_factory=list)
    email_times: list = field(default_factory=list)
    page_bodies: list = field(default_factory=list)


# Rows the one query reads at most; past it (an author far beyond every limit,
# or exempt from them), each part is read on its own.
HISTORY_ROWS = 200


def flood_windows():
    return sorted(get_setting("COMMENT_FLOOD_LIMITS"), key=lambda window: window[1])


def author_history(ip_address, email, page_id, flood=True, now=None):
    """The author's ``History``, in one query (read it inside the transaction
    that holds ``lock_authors``, so that it is exact across processes).

    ``flood=False`` reads only what the duplicate check needs."""
    now = now or timezone.now()
    key = email_key(email)
    windows = flood_windows() if flood else []
    flood_since = now - timedelta(seconds=windows[-1][1]) if windows else None
    duplicate_since = now - timedelta(seconds=get_setting("COMMENT_DUPLICATE_WINDOW"))
    # Emails by their key: the same address in another case or form is the same author.
    parts = {
        "ip": Q(ip_address=ip_address, created_at__gt=flood_since)
        if flood_since and ip_address
        else None,
        "email": Q(email_key=key, created_at__gt=flood_since)
        if flood_since and key
        else None,
        "page": Q(email_key=key, page_id=page_id, created_at__gt=duplicate_since)
        if key
        else None,
    }
    parts = {name: q for name, q in parts.items() if q is not None}
    history = History(now)
    if not parts:
        return history
    rows = list(history_rows(parts)[: HISTORY_ROWS + 1])
    if len(rows) > HISTORY_ROWS:
        # Each part on its own: the newest rows that can fill a window, and every
        # body the duplicate check compares.
        most = max(count for count, _ in windows) if windows else None
        rows = [
            row
            for name in parts
            for row in history_rows(parts, only=name)[
                : None if name == "page" else most
            ]
        ]
    for at, from_ip, from_email, page_body in rows:
        if from_ip:
            history.ip_times.append(at)
        if from_email:
            history.email_times.append(at)
        if page_body is not None:
            history.page_bodies.append(page_body)
    return history


def history_rows(parts, only=None):
    """``(created_at, from the IP, from the email, body if sent to the page)`` of
    the comments any of ``parts`` (or only the part ``only``) selects, newest first."""

    def flag(name):
        if name not in parts or (only and name != only):
            return Value(False)
        return ExpressionWrapper(parts[name], output_field=BooleanField())

    page_body = Value(None, output_field=TextField())
    if "page" in parts and only in (None, "page"):
        page_body = Case(When(parts["page"], then="body"), output_field=TextField())
    selected = parts[only] if only else Q(*parts.values(), _connector=Q.OR)
    return (
        ReaderComment.objects.filter(selected)
        .annotate(from_ip=flag("ip"), from_email=flag("email"), page_body=page_body)
        .order_by("-created_at", "-pk")
        .values_list("created_at", "from_ip", "from_email", "page_body")
    )


def check_flood(history):
    """Raise ``LimitExceeded`` when the author's saved comments fill a window."""
    now = history.now
    for times in (history.ip_times, history.email_times):
        for count, seconds in flood_windows():
            in_window = [at for at in times if at > now - timedelta(seconds=seconds)]
            if len(in_window) >= count:
                # Free again when the oldest comment counted leaves the window.
                oldest = in_window[count - 1]
                raise LimitExceeded(
                    (oldest + timedelta(seconds=seconds) - now).total_seconds()
                )


def body_fingerprint(body):
    return normalise(body)


def is_duplicate(history, body):
    fingerprint = body_fingerprint(body)
    return any(body_fingerprint(text) == fingerprint for text in history.page_bodies)
