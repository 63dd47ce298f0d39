"""Personal data in reader comments: retention, export and erasure.

``email``, ``ip_address`` and ``user_agent`` are kept for moderation and flood
control. ``anonymize_older_than`` drops the IP address and user agent once a
comment is old enough for neither to matter; ``export_author`` and
``erase_author`` answer an author's request for their data or its erasure.
The ``montage_comments`` management command runs each of them.
"""

from dataclasses import dataclass, field
from datetime import timedelta

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import registry as log_registry

from ..models import ReaderComment

# What an anonymized comment keeps in place of its author. The ``.invalid``
# top-level domain is reserved (RFC 2606): no mail can ever be delivered there.
ANONYMOUS_NAME = _("Anonymous")
ANONYMOUS_EMAIL = "anonymous@anonymous.invalid"
ERASED_LOG_LABEL = _("Erased reader comment")

ANONYMIZED_FIELDS = (
    "author_name",
    "email",
    "website",
    "ip_address",
    "user_agent",
    "user",
)


def anonymize_older_than(days, now=None):
    """Blank the IP address and user agent of comments created more than ``days``
    days before ``now``, in one UPDATE; return how many comments changed."""
    if days < 0:
        raise ValueError("days must be 0 or more")
    cutoff = (now or timezone.now()) - timedelta(days=days)
    return (
        ReaderComment.objects.filter(created_at__lt=cutoff)
        .exclude(ip_address__isnull=True, user_agent="")
        .update(ip_address=None, user_agent="", updated_at=timezone.now())
    )


def author_comments(email):
    """Every comment sent with ``email``, whatever the letter case in any alphabet
    (compared by ``email_key``: ``…@BÜCHER.EXAMPLE`` finds ``…@bücher.example``)."""
    return ReaderComment.objects.by_email(email)


def export_author(email):
    """The author's comments, oldest first, as JSON-ready dicts: everything stored
    about them, private fields included (it is their own data)."""
    comments = (
        author_comments(email).select_related("page").order_by("created_at", "pk")
    )
    page_urls = {}
    rows = []
    for comment in comments:
        if comment.page_id not in page_urls:
            page_urls[comment.page_id] = comment.page.get_full_url()
        rows.append(
            {
                "id": comment.pk,
                "page_id": comment.page_id,
                "page_title": comment.page.title,
                "page_url": page_urls[comment.page_id],
                "parent_id": comment.parent_id,
                "author_name": comment.author_name,
                "email": comment.email,
                "website": comment.website,
                "body": comment.body,
                "status": str(comment.status),
                "created_at": comment.created_at.isoformat(),
                "ip_address": comment.ip_address,
                "user_agent": comment.user_agent,
            }
        )
    return rows


@dataclass
class ErasurePlan:
    """What erasing an author's comments does: ids to delete and ids to anonymize."""

    email: str
    delete: list = field(default_factory=list)
    anonymize: list = field(default_factory=list)
    # Replies by other people below the author's comments: they all stay.
    other_replies: int = 0

    @property
    def total(self):
        return len(self.delete) + len(self.anonymize)


def plan_erasure(email, anonymize=False):
    """Decide what ``erase_author`` does, without changing anything.

    Deleting a comment deletes its replies with it (the model cascades). So a
    comment with a reply by someone else anywhere below it is anonymized instead
    of deleted: the other readers' words stay, the author's identity goes.
    """
    own = dict(author_comments(email).values_list("pk", "parent_id"))
    if anonymize:
        return ErasurePlan(email, anonymize=sorted(own))
    parents = dict(own)
    frontier, others = set(own), set()
    # One query per level of replies below the author's comments.
    while frontier:
        replies = ReaderComment.objects.filter(parent_id__in=frontier).exclude(
            pk__in=parents
        )
        frontier = set()
        for pk, parent_id in replies.values_list("pk", "parent_id"):
            parents[pk] = parent_id
            frontier.add(pk)
            if pk not in own:
                others.add(pk)
    kept = set()
    for pk in others:
        parent_id = parents.get(pk)
        while parent_id in parents:
            if parent_id in own:
                kept.add(parent_id)
            parent_id = parents[parent_id]
    return ErasurePlan(
        email,
        delete=sorted(set(own) - kept),
        anonymize=sorted(kept),
        other_replies=len(others),
    )


def carry_out(plan):
    """Apply an ``ErasurePlan``; return how many of the author's comments it erased.

    The pages that showed them are purged from front-end caches once it is done
    (their kept fragments are stale already: the comments changed or went)."""
    page_ids = set(
        ReaderComment.objects.filter(
            pk__in=[*plan.anonymize, *plan.delete]
        ).values_list("page_id", flat=True)
    )
    with transaction.atomic():
        transaction.on_commit(lambda: purge_pages(page_ids))
        anonymous_name = str(ANONYMOUS_NAME)
        # Saved one by one: each log label is scrubbed with its comment's new text.
        for comment in ReaderComment.objects.filter(
            pk__in=plan.anonymize
        ).select_related("page"):
            comment.author_name = anonymous_name
            comment.email = ANONYMOUS_EMAIL
            comment.website = ""
            comment.ip_address = None
            comment.user_agent = ""
            comment.user = None
            comment.save(update_fields=[*ANONYMIZED_FIELDS, "updated_at"])
            scrub_log_labels([comment.pk], str(comment))
        scrub_log_labels(plan.delete, str(ERASED_LOG_LABEL))
        ReaderComment.objects.filter(pk__in=plan.delete).delete()
    return plan.total


def purge_pages(page_ids):
    from wagtail.models import Page

    from ..caching.purge import purge_features

    if page_ids:
        purge_features(list(Page.objects.filter(pk__in=page_ids).specific()))


def scrub_log_labels(ids, label):
    """Audit log entries name the comment they are about ("Alice on ...: excerpt"):
    give them a label without the author in it. The entries themselves stay."""
    log_model = log_registry.get_log_model_for_model(ReaderComment)
    if log_model is None or not ids:
        return
    from django.contrib.contenttypes.models import ContentType

    log_model.objects.filter(
        content_type=ContentType.objects.get_for_model(ReaderComment),
        object_id__in=[str(pk) for pk in ids],
    ).update(label=label)


def erase_author(email, anonymize=False):
    """Erase the author's comments and return how many there were.

    By default each comment is deleted, except those with a reply by someone
    else below them, which are anonymized (see ``plan_erasure``). With
    ``anonymize=True`` every comment is kept, its body included, with the name
    replaced by "Anonymous", the email by ``ANONYMOUS_EMAIL``, and the website,
    IP address, user agent and user account blanked.
    """
    with transaction.atomic():
        return carry_out(plan_erasure(email, anonymize=anonymize))
