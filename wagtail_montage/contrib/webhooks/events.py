"""From what happened to deliveries: the plugin's page event hook
(``handlers.PAGE_EVENT_HOOK``, sent from Wagtail's own signals, so every
publishing route counts: the editor, workflows, ``publish_scheduled``, the
importer, code) to one event per feature and change, delivered once the
transaction commits.

At signal time nothing is read from the database: the event is noted in the
transaction's batch. After the commit, each event is checked against what was
committed (a feature published and deleted in one transaction is only
deleted; deleting a live page unpublishes it first, which is not sent), and
the same event noted twice in one transaction is sent once.
"""

import threading
import weakref
from dataclasses import dataclass, field
from functools import partial

from django.db import transaction
from wagtail.models import Page

from ...models import AbstractVideoFeaturePage, ReaderComment, feature_pages
from . import payloads
from .delivery import create_deliveries
from .models import WebhookEndpoint


@dataclass
class Event:
    type: str
    page_id: int
    # Known only at signal time: the deleted page's; the moved page's old path.
    title: str = ""
    page_type: str = ""
    url_path: str = ""
    old_url_path: str = ""
    comment_ids: set = field(default_factory=set)

    @property
    def key(self):
        return (self.type, self.page_id)


class Batch:
    """The events of one transaction; each sent once, after the commit.

    Every event registers its own ``on_commit`` callback, so an event noted in
    a savepoint that rolls back is dropped with it."""

    def __init__(self):
        self.events = {}
        self.sent = set()
        self.started = False

    def add(self, event):
        if known := self.events.get(event.key):
            known.comment_ids |= event.comment_ids
        else:
            self.events[event.key] = event
        transaction.on_commit(partial(self.send, event.key), robust=True)

    def send(self, key):
        self.started = True
        if key not in self.sent:
            self.sent.add(key)
            dispatch(self.events[key])


local = threading.local()


def current_batch():
    # Held weakly: a transaction that rolls back drops its callbacks, and with
    # them the batch; one whose callbacks ran is over.
    batch = local.batch() if getattr(local, "batch", None) else None
    if batch is None or batch.started:
        batch = Batch()
        local.batch = weakref.ref(batch)
    return batch


def is_feature(page):
    model = page.specific_class or type(page)
    return issubclass(model, AbstractVideoFeaturePage)


def on_page_event(name, instance, **details):
    """The ``wagtail_montage_page_event`` hook."""
    if name == "moderated":
        return on_comments_moderated(**details)
    if name == "posted":  # a comment approved as it was written
        event = Event("comment.approved", instance.page_id, comment_ids={instance.pk})
        current_batch().add(event)
        return None
    if name == "moved":
        before, after = details["url_path_before"], details["url_path_after"]
        # Features below a moved page move too; a reorder changes no URL.
        if before != after:
            current_batch().add(
                Event("feature.moved", instance.pk, old_url_path=before)
            )
        return None
    if not is_feature(instance):
        return None
    if name == "deleted":
        event = Event(
            "feature.deleted",
            instance.pk,
            title=instance.title,
            page_type=payloads.page_type(instance),
            url_path=instance.url_path,
        )
    else:
        event = Event(f"feature.{name}", instance.pk)
    current_batch().add(event)
    return None


def on_comments_moderated(comments, status, previous_statuses=None, **kwargs):
    approved = ReaderComment.Status.APPROVED
    previous_statuses = previous_statuses or {}
    for comment in comments:
        if comment.pk not in previous_statuses:
            continue  # unchanged
        was = previous_statuses[comment.pk]
        if status == approved:
            event_type = "comment.approved"
        elif was == approved:
            event_type = "comment.removed"
        else:
            continue  # from one hidden status to another: nothing readers saw
        event = Event(event_type, comment.page_id, comment_ids={comment.pk})
        current_batch().add(event)


def dispatch(event):
    """Deliveries of ``event`` to every active endpoint that hears of it, if
    the committed state still says it happened."""
    endpoints = [
        endpoint
        for endpoint in WebhookEndpoint.objects.filter(is_active=True)
        if endpoint.hears(event.type)
    ]
    if not endpoints:
        return []
    found = [payloads.envelope(event.type, data) for data in event_data(event) if data]
    return create_deliveries(endpoints, found) if found else []


def event_data(event):
    page = Page.objects.filter(pk=event.page_id).specific().first()
    if event.type == "feature.deleted":
        if page is not None:
            return []
        return [
            payloads.page_data(
                event.page_id, event.title, event.page_type, event.url_path
            )
        ]
    if page is None:
        return []  # deleted since: feature.deleted says so
    if event.type == "feature.moved":
        return moved_data(page, event.old_url_path)
    if event.type == "feature.published" and not page.live:
        return []
    if event.type == "feature.unpublished" and page.live:
        return []
    if event.comment_ids and not page.live:
        return []  # a draft's comments show nowhere
    data = payloads.page_data(
        page.pk, page.title, payloads.page_type(page), page.url_path
    )
    if event.comment_ids:
        data["comment_ids"] = sorted(event.comment_ids)
    return [data]


def moved_data(page, old_url_path):
    """The moved page, if a feature, and every feature below it."""
    moved = feature_pages().filter(path__startswith=page.path).specific()
    return [
        payloads.moved_data(
            feature, old_url_path + feature.url_path[len(page.url_path) :]
        )
        for feature in moved
        if feature.url_path.startswith(page.url_path)
    ]
