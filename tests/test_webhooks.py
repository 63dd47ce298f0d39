"""Signed webhooks end to end: Wagtail's signals -> deliveries -> django-tasks-db's
worker (run in-process, ``db_worker --batch``) -> a real HTTP receiver on
127.0.0.1, whose requests are verified with the ``standardwebhooks`` library.

Retries are reached by moving the clock (``django.utils.timezone.now``, which
the worker and the plugin both read), never by sleeping.
"""

import io
import json
import signal
import socket
import threading
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import jsonschema
import pytest
from django.core.management import call_command
from django.db import transaction
from django.test import override_settings
from django.utils import timezone
from standardwebhooks import Webhook
from wagtail.actions.unpublish_page import UnpublishPageAction
from wagtail.models import Page

from wagtail_montage.comments import moderation
from wagtail_montage.contrib.webhooks import delivery as delivery_module
from wagtail_montage.contrib.webhooks.models import WebhookDelivery, WebhookEndpoint
from wagtail_montage.contrib.webhooks.signing import new_secret, rotate_secret
from wagtail_montage.contrib.webhooks.targets import (
    TargetRefused,
    resolve_target,
    split_target,
)
from wagtail_montage.models import ReaderComment, VideoFeatureIndexPage

from .comment_helpers import make_comment
from .factories import make_feature

# Transactions commit for real (deliveries start after the commit). No
# serialized rollback: after another transactional test's flush, the content
# types are made anew and the snapshot's would collide; the conftest fixtures
# build the locale, root page and site when a flush took them.
pytestmark = pytest.mark.django_db(transaction=True)

Status = WebhookDelivery.Status


class Receiver:
    """An HTTP server on 127.0.0.1 answering each POST with the next status
    of ``statuses`` (or ``(status, headers)``; 204 once they run out), keeping
    every request."""

    def __init__(self):
        self.requests = []
        self.statuses = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                length = int(self.headers["Content-Length"])
                body = self.rfile.read(length).decode("utf-8")
                receiver.requests.append(
                    {"path": self.path, "headers": dict(self.headers), "body": body}
                )
                status = receiver.statuses.pop(0) if receiver.statuses else 204
                status, headers = status if isinstance(status, tuple) else (status, {})
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/api/revalidate?from=cms"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def payloads(self):
        return [json.loads(request["body"]) for request in self.requests]


@pytest.fixture
def receiver():
    server = Receiver()
    server.thread.start()
    yield server
    server.server.shutdown()
    server.server.server_close()


@pytest.fixture
def refused_url():
    """A port on 127.0.0.1 where nothing listens."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/hook"


class Clock:
    def __init__(self):
        self.offset = timedelta()

    def advance(self, **delta):
        self.offset += timedelta(**delta)


@pytest.fixture
def clock(monkeypatch):
    clock = Clock()
    real_now = timezone.now
    monkeypatch.setattr(timezone, "now", lambda: real_now() + clock.offset)
    return clock


@pytest.fixture
def worker():
    """``db_worker --batch`` in this process: every task due now, then back."""
    handlers = {
        number: signal.getsignal(number)
        for number in (signal.SIGINT, signal.SIGTERM, signal.SIGQUIT)
    }

    def run():
        call_command(
            "db_worker",
            "--batch",
            "--backend",
            "webhooks",
            "--interval",
            "0",
            "--no-startup-delay",
            verbosity=0,
            stdout=io.StringIO(),
        )

    yield run
    for number, handler in handlers.items():
        signal.signal(number, handler)


def make_endpoint(url, **fields):
    return WebhookEndpoint.objects.create(url=url, secret=new_secret(), **fields)


def verified(endpoint, request):
    """The payload, once the standardwebhooks library has checked its signature."""
    return Webhook(endpoint.secret).verify(request["body"], request["headers"])


def publish(page):
    page.save_revision().publish()


def test_publishing_delivers_a_signed_event_that_standard_webhooks_verifies(
    index_page, receiver, worker
):
    endpoint = make_endpoint(receiver.url)
    feature = make_feature(index_page)
    worker()

    [request] = receiver.requests
    payload = verified(endpoint, request)
    assert request["path"] == "/api/revalidate?from=cms"
    assert request["headers"]["Content-Type"] == "application/json"
    assert request["headers"]["webhook-id"] == payload["id"]
    assert payload["type"] == "feature.published"
    assert payload["data"] == {
        "page_id": feature.pk,
        "title": feature.title,
        "page_type": "wagtail_montage.VideoFeaturePage",
        "url_path": f"/features/{feature.slug}/",
        "url": f"http://localhost/features/{feature.slug}/",
        "api_url": f"http://localhost/api/montage/features/{feature.pk}/",
        "api_v2_url": f"http://localhost/api/v2/pages/{feature.pk}/",
    }
    [logged] = WebhookDelivery.objects.all()
    assert logged.status == Status.SUCCEEDED
    assert (logged.attempts, logged.response_status) == (1, 204)
    assert logged.event_id == payload["id"]
    assert logged.completed_at and logged.duration_ms is not None
    assert logged.next_attempt_at is None


def test_the_payload_matches_the_openapi_document(client, index_page, receiver, worker):
    make_endpoint(receiver.url)
    feature = make_feature(index_page)
    feature.move(index_page.get_parent(), pos="last-child")
    worker()
    document = client.get("/api/montage/openapi.json").json()
    schema = {
        "$ref": "#/components/schemas/WebhookEvent",
        "components": document["components"],
    }
    payloads = receiver.payloads()
    assert [p["type"] for p in payloads] == ["feature.published", "feature.moved"]
    for payload in payloads:
        jsonschema.validate(payload, schema)
    assert payloads[1]["data"]["old_url_path"] == f"/features/{feature.slug}/"
    assert payloads[1]["data"]["url_path"] == f"/{feature.slug}/"


def test_no_delivery_for_a_draft_save(feature, receiver, worker):
    make_endpoint(receiver.url)
    feature.title = "A draft title"
    feature.save_revision()
    worker()
    assert receiver.requests == []
    assert not WebhookDelivery.objects.exists()


def test_deleting_a_live_feature_sends_one_event(feature, receiver, worker):
    # Deleting a live page unpublishes it first and sends post_delete for its
    # Page row and its feature row: one event, feature.deleted.
    endpoint = make_endpoint(receiver.url)
    url_path = f"/features/{feature.slug}/"
    feature.delete()
    worker()
    [payload] = [verified(endpoint, request) for request in receiver.requests]
    assert payload["type"] == "feature.deleted"
    assert payload["data"]["url_path"] == url_path
    assert payload["data"]["title"] == feature.title
    assert WebhookDelivery.objects.count() == 1


def test_deleting_an_index_sends_each_feature_below_it(index_page, receiver, worker):
    first = make_feature(index_page, title="First")
    second = make_feature(index_page, title="Second")
    make_endpoint(receiver.url)
    Page.objects.get(pk=index_page.pk).delete()
    worker()
    assert sorted((p["type"], p["data"]["page_id"]) for p in receiver.payloads()) == [
        ("feature.deleted", first.pk),
        ("feature.deleted", second.pk),
    ]


def test_one_delivery_per_event_and_endpoint_in_one_transaction(
    feature, receiver, worker
):
    first, second = make_endpoint(receiver.url), make_endpoint(receiver.url)
    with transaction.atomic():
        publish(feature)
        publish(feature)
        feature.unpublish()
    worker()
    # Published twice then unpublished: what was committed is "unpublished".
    for endpoint in (first, second):
        assert list(endpoint.deliveries.values_list("event", flat=True)) == [
            "feature.unpublished"
        ]
    assert len(receiver.requests) == 2


def test_a_rolled_back_publish_sends_nothing(feature, receiver, worker):
    make_endpoint(receiver.url)
    with pytest.raises(RuntimeError), transaction.atomic():
        publish(feature)
        raise RuntimeError
    worker()
    assert not WebhookDelivery.objects.exists()


def test_unpublishing_a_parent_sends_each_feature(
    index_page, receiver, worker, admin_user
):
    first = make_feature(index_page, title="First")
    second = make_feature(index_page, title="Second")
    make_endpoint(receiver.url)
    UnpublishPageAction(index_page, user=admin_user, include_descendants=True).execute()
    worker()
    unpublished = {
        p["data"]["page_id"]
        for p in receiver.payloads()
        if p["type"] == "feature.unpublished"
    }
    assert unpublished == {first.pk, second.pk}


def test_a_scheduled_publish_with_no_request(index_page, receiver, worker, clock):
    make_endpoint(receiver.url)
    feature = make_feature(index_page, publish=False)
    feature.go_live_at = timezone.now() + timedelta(hours=1)
    feature.save_revision().publish()  # scheduled, not live yet
    worker()
    assert receiver.requests == []

    clock.advance(hours=2)
    call_command("publish_scheduled", stdout=io.StringIO())
    worker()
    [payload] = receiver.payloads()
    assert payload["type"] == "feature.published"
    assert payload["data"]["page_id"] == feature.pk


def test_only_the_events_an_endpoint_chose(feature, receiver, worker):
    endpoint = make_endpoint(receiver.url, events=["feature.unpublished"])
    make_endpoint(receiver.url, is_active=False)
    publish(feature)
    feature.unpublish()
    worker()
    assert [p["type"] for p in receiver.payloads()] == ["feature.unpublished"]
    assert WebhookDelivery.objects.get().endpoint == endpoint


def test_other_pages_send_nothing(index_page, receiver, worker):
    make_endpoint(receiver.url)
    index_page.save_revision().publish()
    index_page.get_parent().add_child(
        instance=VideoFeatureIndexPage(title="More", slug="more")
    )
    worker()
    assert receiver.requests == []


def test_comment_approved_and_removed_without_personal_data(
    feature, receiver, worker, admin_user
):
    endpoint = make_endpoint(receiver.url)
    comment = make_comment(
        feature, status=ReaderComment.Status.PENDING, email="ivan@example.com"
    )
    other = make_comment(feature, status=ReaderComment.Status.PENDING)
    moderation.approve([comment], admin_user)
    moderation.trash([comment], admin_user)
    # Pending to spam: readers never saw it.
    moderation.mark_spam([other], admin_user)
    worker()
    payloads = [verified(endpoint, request) for request in receiver.requests]
    assert [(p["type"], p["data"]["comment_ids"]) for p in payloads] == [
        ("comment.approved", [comment.pk]),
        ("comment.removed", [comment.pk]),
    ]
    for request in receiver.requests:
        for private in ("ivan@example.com", "198.51.100.1", comment.author_name):
            assert private not in request["body"]
    assert all(p["data"]["page_id"] == feature.pk for p in payloads)


def test_a_comment_approved_as_it_is_written(feature, receiver, worker):
    # Auto-approved by a policy, imported as approved, or made by code; one
    # event for the comments of one page in one transaction.
    make_endpoint(receiver.url)
    make_comment(feature, status=ReaderComment.Status.PENDING)
    with transaction.atomic():
        first = make_comment(feature)
        second = make_comment(feature, email="drago@example.com")
    worker()
    [payload] = receiver.payloads()
    assert payload["type"] == "comment.approved"
    assert payload["data"]["comment_ids"] == [first.pk, second.pk]


def test_no_comment_event_for_a_draft(index_page, receiver, worker):
    draft = make_feature(index_page, publish=False)
    make_endpoint(receiver.url)
    make_comment(draft)
    worker()
    assert receiver.requests == []


def test_a_500_is_retried_when_its_time_comes(feature, receiver, worker, clock):
    endpoint = make_endpoint(receiver.url)
    receiver.statuses = [500]
    publish(feature)
    worker()
    [logged] = WebhookDelivery.objects.all()
    assert logged.status == Status.RETRYING
    assert logged.response_status == 500
    assert logged.last_error.startswith("HTTP 500")
    wait = logged.next_attempt_at - logged.last_attempt_at
    assert timedelta(seconds=24) <= wait <= timedelta(seconds=37)

    worker()  # not due yet
    assert len(receiver.requests) == 1
    clock.advance(seconds=40)
    worker()
    assert len(receiver.requests) == 2
    logged.refresh_from_db()
    assert logged.status == Status.SUCCEEDED
    assert (logged.attempts, logged.response_status, logged.last_error) == (2, 204, "")
    first, second = receiver.requests
    # The same event, signed again for the second attempt.
    assert first["headers"]["webhook-id"] == second["headers"]["webhook-id"]
    assert (
        first["headers"]["webhook-signature"] != second["headers"]["webhook-signature"]
    )
    assert verified(endpoint, second)["id"] == logged.event_id


@pytest.mark.parametrize(
    ("retry_after", "least", "most"),
    [("600", 600, 600), ("99999999", 8 * 3600, 8 * 3600), ("soon", 24, 37)],
)
def test_a_503_with_retry_after_is_believed_within_the_longest_wait(
    feature, receiver, worker, retry_after, least, most
):
    make_endpoint(receiver.url)
    receiver.statuses = [(503, {"Retry-After": retry_after})]
    publish(feature)
    worker()
    logged = WebhookDelivery.objects.get()
    assert logged.status == Status.RETRYING
    wait = (logged.next_attempt_at - logged.last_attempt_at).total_seconds()
    assert least <= wait <= most + 1


@override_settings(WAGTAIL_MONTAGE_WEBHOOK_MAX_ATTEMPTS=4)
def test_a_refused_connection_is_retried_with_growing_delays_then_fails(
    feature, refused_url, worker, clock
):
    make_endpoint(refused_url)
    publish(feature)
    waits = []
    for _attempt in range(4):
        worker()
        logged = WebhookDelivery.objects.get()
        assert logged.last_error == "Connection refused."
        assert logged.response_status is None
        if logged.next_attempt_at:
            waits.append(logged.next_attempt_at - logged.last_attempt_at)
            clock.advance(seconds=(waits[-1].total_seconds() + 1))
    assert logged.status == Status.FAILED
    assert logged.attempts == 4
    assert logged.completed_at is not None
    # 30 s, 150 s, 750 s, each within 20%.
    for wait, nominal in zip(waits, (30, 150, 750), strict=True):
        assert 0.8 * nominal <= wait.total_seconds() <= 1.2 * nominal + 1


@override_settings(
    WAGTAIL_MONTAGE_WEBHOOK_MAX_ATTEMPTS=1,
    WAGTAIL_MONTAGE_WEBHOOK_DISABLE_AFTER_FAILURES=2,
)
def test_an_endpoint_failing_again_and_again_is_switched_off(
    feature, receiver, refused_url, worker
):
    failing = make_endpoint(refused_url)
    healthy = make_endpoint(receiver.url)
    publish(feature)
    worker()
    failing.refresh_from_db()
    assert (failing.is_active, failing.consecutive_failures) == (True, 1)
    publish(feature)
    worker()
    failing.refresh_from_db()
    assert not failing.is_active
    assert "2 deliveries in a row" in failing.disabled_reason
    assert "Connection refused." in failing.disabled_reason
    assert failing.disabled_at is not None

    publish(feature)
    worker()
    assert failing.deliveries.count() == 2
    assert healthy.deliveries.filter(status=Status.SUCCEEDED).count() == 3
    healthy.refresh_from_db()
    assert healthy.is_active


def test_a_success_counts_failures_afresh(feature, receiver, worker):
    endpoint = make_endpoint(receiver.url)
    WebhookEndpoint.objects.filter(pk=endpoint.pk).update(consecutive_failures=3)
    publish(feature)
    worker()
    endpoint.refresh_from_db()
    assert endpoint.consecutive_failures == 0


def test_resend_sends_the_same_event_again(feature, receiver, worker):
    endpoint = make_endpoint(receiver.url)
    publish(feature)
    worker()
    original = WebhookDelivery.objects.get()
    copy = delivery_module.resend(original)
    worker()
    assert copy.pk != original.pk
    first, second = receiver.payloads()
    assert first == second
    copy.refresh_from_db()
    assert copy.status == Status.SUCCEEDED
    assert verified(endpoint, receiver.requests[1])["id"] == original.event_id


def test_after_a_rotation_both_secrets_verify_until_the_overlap_ends(
    feature, receiver, worker, clock
):
    endpoint = make_endpoint(receiver.url)
    old = endpoint.secret
    with override_settings(WAGTAIL_MONTAGE_WEBHOOK_SECRET_OVERLAP=3600):
        rotate_secret(endpoint, timezone.now())
    endpoint.refresh_from_db()
    assert endpoint.secret != old and endpoint.previous_secret == old
    publish(feature)
    worker()
    [request] = receiver.requests
    assert len(request["headers"]["webhook-signature"].split()) == 2
    for secret in (old, endpoint.secret):
        assert Webhook(secret).verify(request["body"], request["headers"])

    clock.advance(hours=1, seconds=1)
    publish(feature)
    worker()
    later = receiver.requests[1]["headers"]
    when = datetime.fromtimestamp(int(later["webhook-timestamp"]), tz=UTC)
    body = receiver.requests[1]["body"]
    # Only the new secret signs now (the clock moved, so the library's
    # five-minute window would refuse the timestamp: compare the signature).
    assert later["webhook-signature"] == Webhook(endpoint.secret).sign(
        later["webhook-id"], when, body
    )


@override_settings(WAGTAIL_MONTAGE_WEBHOOK_SECRET_OVERLAP=0)
def test_a_rotation_without_overlap_drops_the_old_secret_at_once(feature):
    endpoint = make_endpoint("https://front.example/hook")
    rotate_secret(endpoint, timezone.now())
    endpoint.refresh_from_db()
    assert (
        endpoint.previous_secret == "" and endpoint.previous_secret_expires_at is None
    )
    assert endpoint.signing_secrets(timezone.now()) == [endpoint.secret]


def test_a_delivery_to_a_switched_off_endpoint_fails_without_a_request(
    feature, receiver, worker
):
    endpoint = make_endpoint(receiver.url)
    publish(feature)
    WebhookEndpoint.objects.filter(pk=endpoint.pk).update(is_active=False)
    worker()
    assert receiver.requests == []
    logged = WebhookDelivery.objects.get()
    assert logged.status == Status.FAILED
    assert logged.attempts == 0
    assert logged.last_error == "The endpoint is switched off."


def test_a_task_that_runs_twice_makes_one_attempt(feature, receiver, worker):
    make_endpoint(receiver.url)
    publish(feature)
    logged = WebhookDelivery.objects.get()
    delivery_module.enqueue(logged)  # a second task for the same attempt
    worker()
    assert len(receiver.requests) == 1
    assert delivery_module.attempt(logged.pk) is None


@override_settings(WAGTAIL_MONTAGE_WEBHOOK_ALLOW_PRIVATE_TARGETS=False)
def test_a_private_target_is_refused_when_sending_too(feature, receiver, worker):
    # Saved while allowed (or resolved to a private address since): every
    # attempt checks again, and nothing reaches the address.
    make_endpoint(receiver.url)
    publish(feature)
    worker()
    assert receiver.requests == []
    logged = WebhookDelivery.objects.get()
    assert logged.status == Status.RETRYING
    assert "private network" in logged.last_error


@override_settings(WAGTAIL_MONTAGE_WEBHOOK_ALLOW_PRIVATE_TARGETS=False)
def test_a_name_resolving_to_a_private_address_is_refused(monkeypatch):
    monkeypatch.setattr(
        socket,
        "getaddrinfo",
        lambda *args, **kwargs: [
            (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("93.184.215.14", 443)),
            (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("10.0.0.7", 443)),
        ],
    )
    with pytest.raises(TargetRefused):
        resolve_target("https://hooks.example/")


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/hook",
        "http://10.1.2.3/",
        "http://192.168.0.1/",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]:8000/",
        "http://[::ffff:127.0.0.1]/",
        "http://100.64.0.1/",
        "http://0.0.0.0/",
        "http://localhost:3000/api/revalidate",
        "http://app.localhost/",
        "ftp://hooks.example/",
        "file:///etc/passwd",
        "https://user:pw@hooks.example/",
        "https://hooks.example:99999/",
    ],
)
@override_settings(WAGTAIL_MONTAGE_WEBHOOK_ALLOW_PRIVATE_TARGETS=False)
def test_targets_refused(url):
    with pytest.raises(TargetRefused):
        split_target(url)


@override_settings(WAGTAIL_MONTAGE_WEBHOOK_ALLOW_PRIVATE_TARGETS=False)
def test_public_targets_pass():
    assert split_target("https://front.example/api/revalidate") == (
        "https",
        "front.example",
        443,
    )
    assert split_target("http://93.184.215.14:8080/") == ("http", "93.184.215.14", 8080)


@override_settings(
    WAGTAIL_MONTAGE_WEBHOOK_TASK_BACKEND="default",
    WAGTAIL_MONTAGE_WEBHOOK_MAX_ATTEMPTS=2,
)
def test_without_a_backend_that_waits_the_deliver_command_retries(
    feature, receiver, clock
):
    # The immediate backend sends at once, after the commit, and cannot wait
    # for a retry: `montage_webhooks deliver` makes it when it is due.
    make_endpoint(receiver.url)
    receiver.statuses = [503]
    publish(feature)
    logged = WebhookDelivery.objects.get()
    assert (logged.status, logged.attempts) == (Status.RETRYING, 1)

    out = io.StringIO()
    call_command("montage_webhooks", "deliver", stdout=out)
    assert "Made 0 of 0" in out.getvalue()
    clock.advance(minutes=1)
    call_command("montage_webhooks", "deliver", stdout=out)
    logged.refresh_from_db()
    assert (logged.status, logged.attempts) == (Status.SUCCEEDED, 2)
    assert len(receiver.requests) == 2


def test_prune_deletes_old_finished_deliveries(feature, receiver, worker, clock):
    endpoint = make_endpoint(receiver.url)
    publish(feature)
    worker()
    WebhookDelivery.objects.create(
        endpoint=endpoint,
        event_id="msg_open",
        event="feature.published",
        payload={},
        created_at=timezone.now(),
        status=Status.RETRYING,
        next_attempt_at=timezone.now() + timedelta(days=90),
    )
    clock.advance(days=31)
    publish(feature)
    worker()
    out = io.StringIO()
    call_command("montage_webhooks", "prune", stdout=out)
    assert "Deleted 1 finished deliveries older than 30 days." in out.getvalue()
    assert WebhookDelivery.objects.count() == 2
    assert WebhookDelivery.objects.filter(event_id="msg_open").exists()


def test_prune_refuses_bad_days():
    from django.core.management.base import CommandError

    for days in ("0", "²", "-3", "x"):
        with pytest.raises(CommandError, match="whole number"):
            call_command("montage_webhooks", "prune", "--days", days)


def test_retry_delays_add_up_to_about_a_day():
    nominal = [min(8 * 3600, 30 * 5 ** (attempt - 1)) for attempt in range(1, 8)]
    assert sum(nominal) == 81030  # 22.5 hours over 8 attempts
    for attempt, wait in enumerate(nominal, start=1):
        delay = delivery_module.retry_delay(attempt).total_seconds()
        assert 0.8 * wait <= delay <= 1.2 * wait


def test_moving_an_index_moves_its_features(index_page, receiver, worker, site):
    feature = make_feature(index_page)
    other = site.root_page.add_child(
        instance=VideoFeatureIndexPage(title="Archive", slug="archive")
    )
    make_endpoint(receiver.url)
    Page.objects.get(pk=index_page.pk).move(other, pos="last-child")
    worker()
    [payload] = receiver.payloads()
    assert payload["type"] == "feature.moved"
    assert payload["data"]["page_id"] == feature.pk
    assert payload["data"]["old_url_path"] == f"/features/{feature.slug}/"
    assert payload["data"]["url_path"] == f"/archive/features/{feature.slug}/"
