"""The one comment submission pipeline, used by the HTML form and the JSON API.

    target (live, public, open) -> attempt throttle -> fields -> token and honeypot
    -> parent -> (in one transaction, locked per author) flood -> duplicate
    -> verdict -> save -> moderators notified after commit

The target, its view restrictions and its site's settings are one query; the
flood windows and the duplicate check read the author's history in one more.

``submit_comment`` never raises for a reader's mistake: it returns an
``Outcome`` whose ``status`` says what happened and ``http_status`` what an
HTTP caller answers.
"""

import logging
from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone
from django.utils.module_loading import import_string
from django.utils.translation import gettext_lazy as _

from ..conf import get_setting
from ..models import CommentSettings, ReaderComment
from ..models.comments import email_key
from . import limits
from .forms import CommentForm
from .notifications import notify_moderators
from .targets import CommentsClosed, TargetNotFound, check_open, load_target
from .text import count_links, find_words
from .tokens import TokenError, check_token

logger = logging.getLogger(__name__)

APPROVED = ReaderComment.Status.APPROVED
PENDING = ReaderComment.Status.PENDING
SPAM = ReaderComment.Status.SPAM


@dataclass
class Submission:
    """What a reader sent, and what the server knows of them."""

    page_id: object
    author_name: str = ""
    email: str = ""
    website: str = ""
    body: str = ""
    token: str = ""
    parent: object = None
    honeypot: str = ""
    ip_address: str | None = None
    user_agent: str = ""
    # Only the HTML form, where the session is known, sets these.
    user: object = None
    is_staff: bool = False
    # The JSON API counts every attempt before it reads the body (malformed and
    # mis-shaped ones too): the pipeline then does not count it again.
    attempt_counted: bool = False
    # The specific page the HTML form was routed to (the pipeline checks it
    # again); filled in by the pipeline otherwise.
    page: object = None
    # Filled in by the pipeline.
    settings: object = None
    reasons: list = field(default_factory=list)

    def form_data(self):
        return {
            "author_name": self.author_name,
            "email": self.email,
            "website": self.website,
            "body": self.body,
            "parent": self.parent,
            "token": self.token,
            "honeypot": self.honeypot,
        }


@dataclass
class Verdict:
    """What a check decides: ``approve``, ``pending``, ``spam`` or ``refuse``, and why."""

    action: str
    reason: str = ""


@dataclass
class Outcome:
    status: str  # "approved", "pending", "spam" or "refused"
    http_status: int
    comment: ReaderComment | None = None
    errors: dict = field(default_factory=dict)  # field name -> [messages]
    message: str = ""
    retry_after: int | None = None
    reasons: list = field(default_factory=list)

    @property
    def accepted(self):
        return self.comment is not None


def refused(http_status, message, errors=None, retry_after=None, reasons=None):
    return Outcome(
        status="refused",
        http_status=http_status,
        errors=errors or {},
        message=str(message),
        retry_after=retry_after,
        reasons=reasons or [],
    )


def submit_comment(submission):
    """Run ``submission`` through every check and save it if it passes."""
    try:
        submission.page, submission.settings = load_target(
            submission.page_id, page=submission.page
        )
    except TargetNotFound:
        return refused(404, _("There is no page to comment on here."))
    try:
        check_open(submission.page, submission.settings)
    except CommentsClosed:
        return refused(403, _("Comments are closed on this page."))

    if not submission.attempt_counted and (
        refusal := count_attempt(submission.ip_address)
    ):
        return refusal

    form = CommentForm(submission.form_data())
    if not form.is_valid():
        return refused(
            400, _("Please correct the errors below."), errors=form_errors(form)
        )
    data = form.cleaned_data
    # Stored lower-cased, so that per-author checks compare exactly (and use the index).
    submission.author_name, submission.email = (
        data["author_name"],
        data["email"].lower(),
    )
    submission.website, submission.body = data["website"], data["body"]

    if data["honeypot"]:
        return refused(
            400, _("This comment could not be accepted."), reasons=["honeypot"]
        )
    try:
        check_token(data["token"], submission.page.pk)
    except TokenError as exc:
        message = (
            _(
                "You sent the form too quickly. Please wait a few seconds and send it again."
            )
            if str(exc) == "too_young"
            else _("The form has expired. Please reload the page and send it again.")
        )
        return refused(
            400, message, errors={"token": [str(message)]}, reasons=[f"token_{exc}"]
        )

    parent = None
    if data["parent"]:
        parent = find_parent(submission.page, data["parent"])
        if parent is None:
            message = _("You can only reply to a published comment on this page.")
            return refused(400, message, errors={"parent": [str(message)]})
    submission.parent = parent

    return save_comment(submission)


# Seconds a reader is asked to wait when the throttle's cache is down (a
# restarting Redis is usually back within them).
THROTTLE_RETRY_AFTER = 10


def count_attempt(ip_address):
    """Count an attempt in the attempt throttle: ``None``, or the refusal (429
    past the limit, 503 when its cache is down: fail closed)."""
    try:
        limits.count_attempt(ip_address)
    except limits.ThrottleUnavailable:
        logger.error("Comment attempt throttle unavailable", exc_info=True)
        return refused(
            503,
            _("Comments cannot be accepted right now. Please try again later."),
            retry_after=THROTTLE_RETRY_AFTER,
        )
    except limits.LimitExceeded as exc:
        return refused(
            429,
            _("Too many attempts. Please wait before trying again."),
            retry_after=exc.retry_after,
        )
    return None


def form_errors(form):
    return {
        name: [str(message) for message in messages]
        for name, messages in form.errors.items()
    }


def find_parent(page, parent_id):
    parent = (
        ReaderComment.objects.filter(pk=parent_id, page_id=page.pk, status=APPROVED)
        .select_related("parent__parent__parent")
        .first()
    )
    if parent is None or parent.depth() >= get_setting("COMMENT_MAX_DEPTH"):
        return None
    return parent


def save_comment(submission):
    with transaction.atomic():
        limits.lock_authors(
            f"ip:{submission.ip_address or ''}", f"email:{email_key(submission.email)}"
        )
        exempt = submission.is_staff and get_setting("COMMENT_STAFF_EXEMPT")
        history = limits.author_history(
            submission.ip_address,
            submission.email,
            submission.page.pk,
            flood=not exempt,
        )
        if not exempt:
            try:
                limits.check_flood(history)
            except limits.LimitExceeded as exc:
                return refused(
                    429,
                    _("You are posting comments too quickly. Please wait a moment."),
                    retry_after=exc.retry_after,
                )
        if limits.is_duplicate(history, submission.body):
            return refused(
                409, _("You have already posted this comment."), reasons=["duplicate"]
            )

        verdict = decide(submission)
        if verdict.action == "refuse":
            return refused(
                400,
                verdict.reason or _("This comment could not be accepted."),
                reasons=submission.reasons,
            )
        status = {"approve": APPROVED, "spam": SPAM}.get(verdict.action, PENDING)
        comment = ReaderComment.objects.create(
            page=submission.page,
            parent=submission.parent,
            author_name=submission.author_name,
            email=submission.email,
            website=submission.website,
            body=submission.body,
            status=status,
            ip_address=submission.ip_address,
            user_agent=(submission.user_agent or "")[:255],
            user=submission.user
            if getattr(submission.user, "is_authenticated", False)
            else None,
            created_at=timezone.now(),
        )
        if status == PENDING:
            transaction.on_commit(
                lambda: notify_moderators(comment, submission.settings)
            )
    return Outcome(
        status=str(status),
        http_status=201,
        comment=comment,
        reasons=submission.reasons,
        message=str(
            _("Thank you! Your comment is published.")
            if status == APPROVED
            else _("Thank you! Your comment is awaiting moderation.")
        ),
    )


def decide(submission):
    """The verdict: block words -> spam; extra checks; links and hold words -> pending;
    then the auto-approve policy. The strictest verdict wins."""
    settings = submission.settings
    text = " ".join([submission.author_name, submission.website, submission.body])
    verdicts = []
    if words := find_words(text, settings.block_word_list):
        verdicts.append(Verdict("spam", f"block_words:{len(words)}"))
    for path in get_setting("COMMENT_CHECKS"):
        verdict = import_string(path)(submission)
        if verdict is not None:
            verdicts.append(verdict)
    if count_links(submission.body, submission.website) >= get_setting(
        "COMMENT_MAX_LINKS"
    ):
        verdicts.append(Verdict("pending", "links"))
    if find_words(text, settings.hold_word_list):
        verdicts.append(Verdict("pending", "hold_words"))
    if policy_approves(submission):
        verdicts.append(Verdict("approve", f"policy:{settings.moderation_policy}"))
    else:
        verdicts.append(Verdict("pending", "moderation"))

    order = ["refuse", "spam", "pending", "approve"]
    verdicts.sort(
        key=lambda verdict: (
            order.index(verdict.action) if verdict.action in order else 2
        )
    )
    submission.reasons = [verdict.reason for verdict in verdicts if verdict.reason]
    return verdicts[0]


def policy_approves(submission):
    policy = submission.settings.moderation_policy
    if policy == CommentSettings.Policy.AUTHENTICATED:
        return bool(getattr(submission.user, "is_authenticated", False))
    if policy == CommentSettings.Policy.KNOWN:
        return ReaderComment.objects.by_email(submission.email).approved().exists()
    return False


__all__ = ["Outcome", "Submission", "Verdict", "submit_comment"]
