"""Deliveries: one task per attempt, the next attempt scheduled by the attempt
before it (the tasks framework retries nothing by itself).

A 2xx ends a delivery. Anything else (another status, a timeout, a refused
connection, a target the SSRF rules refuse) is retried after an exponential
delay with jitter, until ``WAGTAIL_MONTAGE_WEBHOOK_MAX_ATTEMPTS``; then the
delivery has failed, and an endpoint whose deliveries failed
``WAGTAIL_MONTAGE_WEBHOOK_DISABLE_AFTER_FAILURES`` times in a row is switched
off, saying why.
"""

import logging
import secrets
from datetime import timedelta

from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from ... import __version__
from ...conf import get_setting
from .backends import task, task_backends
from .models import OPEN_STATUSES, WebhookDelivery, WebhookEndpoint
from .signing import body_of, signed_headers
from .transport import post

logger = logging.getLogger(__name__)

# Each retry waits this many times longer than the one before (before jitter).
BACKOFF_FACTOR = 5
# Each delay is stretched or shrunk by up to this share, so that endpoints
# that failed together are not all retried in the same second.
JITTER = 0.2
# An attempt in flight holds its delivery this long past its timeout; a worker
# that died meanwhile leaves it to `montage_webhooks deliver` after that.
LEASE = timedelta(seconds=60)
Status = WebhookDelivery.Status
random = secrets.SystemRandom()


def longest_wait():
    return get_setting("WEBHOOK_RETRY_MAX_DELAY")


def retry_delay(attempts):
    """How long to wait after the ``attempts``-th failed attempt."""
    base = get_setting("WEBHOOK_RETRY_BASE_DELAY")
    delay = min(longest_wait(), base * BACKOFF_FACTOR ** (attempts - 1))
    return timedelta(seconds=delay * random.uniform(1 - JITTER, 1 + JITTER))


def deliver_webhook(delivery_id):
    """The task: one attempt of one delivery, if it is still due."""
    status = attempt(delivery_id)
    return status and str(status)


def _make_task(function):
    # The task is made by the delivering backend, so that it is of that
    # backend's framework: on Django 6, Django's own tasks for django-tasks-db,
    # while a "default" backend may still be the django-tasks backport Wagtail
    # uses. An alias TASKS cannot give is left to check E001 (the default then).
    try:
        return task(backend=get_setting("WEBHOOK_TASK_BACKEND"))(function)
    except Exception:
        return task()(function)


# The task's path names this module's attribute, which becomes the task.
deliver_webhook = _make_task(deliver_webhook)


def enqueue(delivery, run_after=None):
    """Ask the task backend for an attempt (at ``run_after``). Without a
    backend that can wait (``supports_defer``), a retry waits for
    ``montage_webhooks deliver``; a backend that fails is logged, and the
    delivery stays in the log, due, for that command too."""
    alias = get_setting("WEBHOOK_TASK_BACKEND")
    try:
        if run_after is not None and not task_backends[alias].supports_defer:
            return
        deliver_webhook.using(backend=alias, run_after=run_after).enqueue(delivery.pk)
    except Exception:
        logger.exception("Could not enqueue webhook delivery %s", delivery.pk)


def create_deliveries(endpoints, payloads):
    """A pending delivery per payload and endpoint, each enqueued."""
    now = timezone.now()
    deliveries = WebhookDelivery.objects.bulk_create(
        [
            WebhookDelivery(
                endpoint=endpoint,
                event_id=payload["id"],
                event=payload["type"],
                payload=payload,
                created_at=now,
                next_attempt_at=now,
            )
            for payload in payloads
            for endpoint in endpoints
        ]
    )
    for delivery in deliveries:
        enqueue(delivery)
    return deliveries


def resend(delivery):
    """The same event (id and payload) again, as a new delivery."""
    [copy] = create_deliveries([delivery.endpoint], [delivery.payload])
    return copy


def attempt(delivery_id):
    """One attempt, if the delivery is open and due; returns its new status."""
    now = timezone.now()
    delivery = (
        WebhookDelivery.objects.select_related("endpoint")
        .filter(pk=delivery_id)
        .first()
    )
    if delivery is None or delivery.status not in OPEN_STATUSES:
        return None
    if delivery.next_attempt_at and delivery.next_attempt_at > now:
        return None  # a task that came early: its own is still to come
    endpoint = delivery.endpoint
    if not endpoint.is_active:
        delivery.last_error = _("The endpoint is switched off.")
        return finish(delivery, Status.FAILED)
    timeout = get_setting("WEBHOOK_TIMEOUT")
    # Claimed by one worker only, even when a task runs twice.
    claimed = WebhookDelivery.objects.filter(
        pk=delivery.pk, status=delivery.status, attempts=delivery.attempts
    ).update(
        attempts=F("attempts") + 1,
        last_attempt_at=now,
        next_attempt_at=now + timedelta(seconds=timeout) + LEASE,
    )
    if not claimed:
        return None
    delivery.attempts += 1
    delivery.last_attempt_at = now
    body = body_of(delivery.payload)
    headers = {
        "Content-Type": "application/json",
        "User-Agent": f"wagtail-montage/{__version__}",
        **signed_headers(endpoint.signing_secrets(now), delivery.event_id, body, now),
    }
    outcome = post(endpoint.url, body, headers, timeout)
    delivery.response_status = outcome.status
    delivery.duration_ms = outcome.duration_ms
    delivery.last_error = outcome.error
    if outcome.ok:
        WebhookEndpoint.objects.filter(
            pk=endpoint.pk, consecutive_failures__gt=0
        ).update(consecutive_failures=0)
        return finish(delivery, Status.SUCCEEDED)
    if delivery.attempts >= get_setting("WEBHOOK_MAX_ATTEMPTS"):
        status = finish(delivery, Status.FAILED)
        count_failure(endpoint, delivery)
        return status
    delay = retry_delay(delivery.attempts)
    if outcome.retry_after:
        # A receiver that says when to come back (429, 503) is believed, within
        # the longest wait.
        asked = timedelta(seconds=outcome.retry_after)
        delay = max(delay, min(asked, timedelta(seconds=longest_wait())))
    delivery.status = Status.RETRYING
    delivery.next_attempt_at = timezone.now() + delay
    delivery.save()
    enqueue(delivery, run_after=delivery.next_attempt_at)
    return delivery.status


def finish(delivery, status):
    delivery.status = status
    delivery.completed_at = timezone.now()
    delivery.next_attempt_at = None
    delivery.save()
    return status


def count_failure(endpoint, delivery):
    WebhookEndpoint.objects.filter(pk=endpoint.pk).update(
        consecutive_failures=F("consecutive_failures") + 1
    )
    limit = get_setting("WEBHOOK_DISABLE_AFTER_FAILURES")
    if not limit:
        return
    reason = _(
        "Switched off after %(count)s deliveries in a row failed every attempt. "
        "The last error: %(error)s"
    ) % {"count": limit, "error": delivery.last_error}
    WebhookEndpoint.objects.filter(
        pk=endpoint.pk, is_active=True, consecutive_failures__gte=limit
    ).update(is_active=False, disabled_at=timezone.now(), disabled_reason=reason)


def due_deliveries(now=None):
    """Open deliveries whose attempt is due (or whose worker vanished)."""
    now = now or timezone.now()
    return WebhookDelivery.objects.filter(status__in=OPEN_STATUSES).filter(
        Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=now)
    )


def prune(days, now=None):
    """Delete finished deliveries older than ``days``; returns how many."""
    cutoff = (now or timezone.now()) - timedelta(days=days)
    deleted, _counts = (
        WebhookDelivery.objects.exclude(status__in=OPEN_STATUSES)
        .filter(created_at__lt=cutoff)
        .delete()
    )
    return deleted
