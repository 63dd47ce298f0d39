"""Shared helpers of the reader comment tests.

Every test sends a comment through a *channel*: a function taking the page and
the reader's fields and returning an ``Answer``. ``CHANNELS`` holds the HTML
form and the pipeline called directly; the JSON endpoint (issue 4) adds itself
there, and every case table parametrised over ``CHANNELS`` runs against it too.

Tokens are made old enough (``aged_token``) instead of sleeping, and earlier
comments get a ``created_at`` in the past (``make_comment``) instead of waiting
for the flood window.
"""

import itertools
import smtplib
from dataclasses import dataclass, field
from datetime import timedelta

from bs4 import BeautifulSoup
from django.core.cache.backends.base import BaseCache
from django.core.mail.backends.base import BaseEmailBackend
from django.utils import timezone

from wagtail_montage.comments import Submission, Verdict, submit_comment
from wagtail_montage.comments.tokens import make_token
from wagtail_montage.models import CommentSettings, ReaderComment

from .factories import make_feature

DEFAULT_FIELDS = {
    "author_name": "Adrian Balboa",
    "email": "adrian@example.com",
    "website": "",
    "body": "The barn training sequence still gives me chills.",
}

_ip_numbers = itertools.count(1)


def fresh_ip():
    """An address (in 198.18.0.0/15, for testing) that no earlier post used."""
    n = next(_ip_numbers)
    return f"198.18.{n // 250 % 256}.{n % 250 + 1}"


def aged_token(page, age=10):
    """A form token for ``page`` (a page or an id) issued ``age`` seconds ago."""
    page_id = getattr(page, "pk", page)
    return make_token(page_id, issued_at=timezone.now() - timedelta(seconds=age))


def comment_url(page):
    return page.url + "comments/"


def form_fields(page, /, **fields):
    """The POST data of the comment form: valid unless ``fields`` says otherwise.

    ``None`` as a value leaves the field out of the request."""
    data = {**DEFAULT_FIELDS, "token": aged_token(page), "honeypot": ""}
    data.update(fields)
    return {key: value for key, value in data.items() if value is not None}


def post_form(
    client, page, /, *, ip="203.0.113.1", follow=False, headers=None, **fields
):
    """POST the comment form of ``page`` from ``ip`` (REMOTE_ADDR)."""
    return client.post(
        comment_url(page),
        form_fields(page, **fields),
        REMOTE_ADDR=ip,
        follow=follow,
        headers=headers or {},
    )


_PAGE = object()


def submit(
    page, /, *, ip="203.0.113.1", user=None, is_staff=False, page_id=_PAGE, **fields
):
    """Call the pipeline directly, as the JSON endpoint does (no user unless given).

    ``page_id`` sends another id than ``page``'s (any value, ``None`` too)."""
    data = form_fields(page, **fields)
    return submit_comment(
        Submission(
            page_id=getattr(page, "pk", page) if page_id is _PAGE else page_id,
            author_name=data.get("author_name", ""),
            email=data.get("email", ""),
            website=data.get("website", ""),
            body=data.get("body", ""),
            token=data.get("token", ""),
            parent=data.get("parent"),
            honeypot=data.get("honeypot", ""),
            ip_address=ip,
            user_agent=data.get("user_agent", "pytest"),
            user=user,
            is_staff=is_staff,
        )
    )


# -- Answers: what a channel answered, the same shape for every channel ------


@dataclass
class Answer:
    status: int  # the HTTP status (the pipeline's http_status)
    accepted: bool
    errors: dict = field(default_factory=dict)  # field name -> [messages]
    message: str = ""
    retry_after: str | None = None
    response: object = None
    outcome: object = None


def form_answer(response):
    """What the HTML form answered: its status, and the errors and message of the
    form it showed again (none for a redirect, a 404 or a 413)."""
    context = response.context or {}
    form = context.get("comment_form")
    errors = {}
    if form is not None and form.is_bound:
        errors = {name: list(messages) for name, messages in form.errors.items()}
    return Answer(
        status=response.status_code,
        accepted=response.status_code == 302,
        errors=errors,
        message=context.get("comment_error") or "",
        retry_after=response.headers.get("Retry-After"),
        response=response,
    )


def pipeline_answer(outcome):
    return Answer(
        status=outcome.http_status,
        accepted=outcome.accepted,
        errors=outcome.errors,
        message=outcome.message,
        retry_after=str(outcome.retry_after) if outcome.retry_after else None,
        outcome=outcome,
    )


def send_form(client, page, /, **fields):
    return form_answer(post_form(client, page, **fields))


def send_pipeline(client, page, /, **fields):
    fields.pop("headers", None)
    return pipeline_answer(submit(page, **fields))


# name -> channel. The JSON endpoint's own tests are in test_api_comments.py.
CHANNELS = {"form": send_form, "pipeline": send_pipeline}


# -- Page and comment builders --------------------------------------------------


def light_feature(index_page, **fields):
    """A live feature with a one-paragraph body: quicker to build and serve than
    conftest's ``feature`` with every block. The comment test modules override the
    ``feature`` fixture with it."""
    return make_feature(
        index_page,
        body=[("paragraph", "<p>Rocky trains in the snow.</p>")],
        segments=[],
        **fields,
    )


def make_comment(page, *, ago=3600, status=ReaderComment.Status.APPROVED, **fields):
    """A saved comment ``ago`` seconds old (out of the flood window by default)."""
    values = {
        "author_name": "Apollo Creed",
        "email": "apollo@example.com",
        "body": "It ain't about how hard you hit.",
        "ip_address": "198.51.100.1",
        "status": status,
        "created_at": timezone.now() - timedelta(seconds=ago),
        **fields,
    }
    return ReaderComment.objects.create(page=page, **values)


def comment_settings(page, **values):
    """Set ``values`` on the ``CommentSettings`` of ``page``'s site and save them."""
    settings = CommentSettings.for_site(page.get_site())
    for name, value in values.items():
        setattr(settings, name, value)
    settings.save()
    return settings


def soup(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


def comment_body_html(response, comment):
    """The HTML inside the comment's body element on the page."""
    node = soup(response).select_one(f"#comment-{comment.pk} .montage-comment__body")
    assert node is not None, f"comment {comment.pk} is not on the page"
    return node


# -- Pluggable checks (WAGTAIL_MONTAGE_COMMENT_CHECKS) ----------------------------


def check_spam(submission):
    return Verdict("spam", "test:spam")


def check_refuse(submission):
    return Verdict("refuse", "Refused by the test check.")


def check_nothing(submission):
    return None


def check_spam_if_rocky(submission):
    return Verdict("spam", "test:rocky") if "rocky" in submission.body.lower() else None


# -- Broken services ------------------------------------------------------------


class BrokenCache(BaseCache):
    """A cache whose server cannot be reached: every call raises."""

    error = ConnectionError

    def __init__(self, location, params):
        super().__init__(params)

    def _fail(self, *args, **kwargs):
        raise self.error("cache server unreachable (test)")

    add = get = set = touch = delete = clear = incr = decr = has_key = _fail
    get_many = set_many = delete_many = _fail


class TimingOutCache(BrokenCache):
    error = TimeoutError


class BrokenEmailBackend(BaseEmailBackend):
    """A mail server that refuses every message."""

    def send_messages(self, email_messages):
        raise smtplib.SMTPException("mail server down (test)")


# -- Transactional tests -----------------------------------------------------------


def ensure_site_tree():
    """The root, home page, default site and a features index, built if missing:
    a transactional test may run after another one flushed what migrations made."""
    from wagtail.models import Locale, Page, Site

    from wagtail_montage.models import VideoFeatureIndexPage

    Locale.objects.get_or_create(language_code="en")
    root = Page.get_first_root_node() or Page.add_root(
        instance=Page(title="Root", slug="root")
    )
    home = root.get_children().first() or root.add_child(
        instance=Page(title="Home", slug="home")
    )
    site = Site.objects.filter(is_default_site=True).first() or Site(
        is_default_site=True
    )
    site.hostname = "localhost"
    site.port = 80
    site.root_page = home
    site.save()
    return home.add_child(
        instance=VideoFeatureIndexPage(title="Features", slug="features")
    )
