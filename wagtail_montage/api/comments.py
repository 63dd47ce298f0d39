"""``comments/``: read a feature's approved comments, get a form token, post a comment.

Posting goes through the same pipeline as the HTML form. It is always anonymous:
no session, no staff exemption, no ``user``.
"""

from datetime import timedelta

from django.db.models import Count, Max
from django.http import HttpResponse
from django.utils import timezone
from ninja import Query, Router, Schema, Status
from pydantic import BaseModel, ConfigDict, Field

from ..comments import Submission, submit_comment, text
from ..comments.clients import client_ip, user_agent
from ..comments.targets import TargetNotFound, get_target_page
from ..comments.threads import approved_comments, build_threads
from ..comments.tokens import make_token
from ..conf import get_setting
from ..models import ReaderComment
from .features import LIMIT, NOT_MODIFIED, OFFSET, page_limit
from .http import add_validators, make_etag, not_modified
from .problems import APIProblem, problem_responses
from .schemas import MAX_ID, CommentList, CommentToken, Id, PostedComment

router = Router(tags=["comments"])

# -- The request schema ---------------------------------------------------------
#
# It declares every rule of shape the form enforces, so that a request valid by
# the OpenAPI document is never refused for its shape (a business refusal: a bad
# token, a duplicate, a flood, is a declared status). The lengths come from
# WAGTAIL_MONTAGE_COMMENT_MAX_LENGTHS: ``plugin.MontageAPI`` puts them into the
# document when it is built, and the form checks them.


def _char_class(chars):
    """A regular-expression character class of the code points ``chars``, written
    with literal characters so that Python, ECMA-262 (JSON Schema) and Rust
    (pydantic-core) read it alike."""

    def literal(code):
        char = chr(code)
        return "\\" + char if char in "\\]^-[" else char

    ranges = []
    for code in sorted(chars):
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    return "".join(
        literal(low) if low == high else f"{literal(low)}-{literal(high)}"
        for low, high in ranges
    )


def _matching(regex, *, below=0x10000, but=""):
    return {
        code
        for code in range(below)
        if regex.match(chr(code))
        and chr(code) not in but
        and not 0xD800 <= code < 0xE000
    }


def _invisible():
    """The code points ``comments.text.is_visible`` refuses. Past plane 3 only
    plane 14 (tags, variation selectors) holds any: planes 4 to 13 are
    unassigned, 15 and 16 private use, both drawn by its rule."""
    codes = [*range(0x40000), *range(0xE0000, 0xE1000)]
    return {
        code
        for code in codes
        if not text.is_visible(chr(code)) and not 0xD800 <= code < 0xE000
    }


# The comment form's Unicode rules (``comments.text``), as patterns: a name or a
# body must show something (a visible character); a name takes no controls,
# line separators or direction overrides; a body no controls but tab and line
# breaks; neither takes NUL (Django's own rule). (Unpaired surrogates cannot be
# written in a pattern: pydantic refuses them as not text.)
_INVISIBLE = _char_class(_invisible())
_NAME_FORBIDDEN = _char_class(
    {0} | _matching(text.CONTROL_RE) | _matching(text.BIDI_CONTROL_RE)
)
_BODY_FORBIDDEN = _char_class({0} | _matching(text.BODY_CONTROL_RE, but="\r"))

NAME_PATTERN = f"^[^{_NAME_FORBIDDEN}]*[^{_INVISIBLE}][^{_NAME_FORBIDDEN}]*$"
BODY_PATTERN = f"^[^{_BODY_FORBIDDEN}]*[^{_INVISIBLE}][^{_BODY_FORBIDDEN}]*$"


def _letters_except(word):
    """A pattern of the ASCII words of ``word``'s length other than ``word``, in
    any case (JSON Schema patterns have no look-ahead that every engine reads)."""

    def either(letter):
        return f"[{letter.upper()}{letter.lower()}]"

    def other(letter):
        return (
            "["
            + "".join(
                c + c.lower()
                for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                if c != letter.upper()
            )
            + "]"
        )

    return "|".join(
        "".join(either(c) for c in word[:i])
        + other(word[i])
        + (f"[A-Za-z]{{{len(word) - i - 1}}}" if i < len(word) - 1 else "")
        for i in range(len(word))
    )


# Django's EmailValidator (a dot-atom local part, a domain with a dot), less the
# reserved .invalid (it can receive no mail): what the comment form accepts.
EMAIL_PATTERN = (
    r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
    r"@([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+"
    rf"([A-Za-z]{{2,6}}|[A-Za-z]{{8,63}}|{_letters_except('invalid')})$"
)
# Empty, or an http(s) URL that Django's URLValidator accepts: a host name with a
# dot, an optional port, then any printable ASCII.
WEBSITE_PATTERN = (
    r"^(https?://([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}"
    r"(:[0-9]{1,5})?([/?#][!-~]*)?)?$"
)


class CommentIn(BaseModel):
    """A new comment. Unknown keys (status, id, ...) are ignored.

    The lengths of the text fields are at most the site's
    ``WAGTAIL_MONTAGE_COMMENT_MAX_LENGTHS`` (the document says them)."""

    model_config = ConfigDict(extra="ignore")

    page: Id = Field(description="The feature's page id")
    parent: Id | None = Field(
        None, description="An approved comment of the same page to reply to"
    )
    author_name: str = Field(
        pattern=NAME_PATTERN,
        description="Visible text; no control or format characters",
    )
    email: str = Field(
        pattern=EMAIL_PATTERN,
        json_schema_extra={"format": "email"},
        description="Never published",
    )
    website: str = Field(
        "", pattern=WEBSITE_PATTERN, description='An http or https URL, or ""'
    )
    body: str = Field(
        pattern=BODY_PATTERN,
        description="Plain text with visible characters; no control characters "
        "but tab and line breaks",
    )
    token: str = Field(
        min_length=1,
        max_length=500,
        pattern=r"^[\x21-\x7e]+$",
        description="From GET comments/token/, sent at least a few seconds later",
    )


PUBLIC_STATUS = {ReaderComment.Status.APPROVED: "approved"}


class CommentQuery(Schema):
    page: int = Field(..., ge=1, le=MAX_ID, description="The feature's page id")
    limit: int = LIMIT
    offset: int = OFFSET


class TokenQuery(Schema):
    page: int = Field(..., ge=1, le=MAX_ID, description="The feature's page id")


def target_or_404(page_id):
    try:
        return get_target_page(page_id)
    except TargetNotFound:
        raise APIProblem(
            404,
            "Not found.",
            "No live, public feature has this id.",
            {"page": "Unknown page."},
        ) from None


def public_comment(comment):
    return {
        "id": comment.pk,
        "parent": comment.parent_id,
        "author_name": comment.author_name,
        "website": comment.website,
        "body": comment.body,
        "created_at": comment.created_at,
    }


def flatten(threads):
    """Threads in reading order: each comment followed by its replies."""
    for thread in threads:
        yield thread.comment
        yield from flatten(thread.replies)


@router.get(
    "",
    response=CommentList,
    url_name="comment_list",
    summary="List a feature's comments",
    openapi_extra={"responses": {**NOT_MODIFIED, **problem_responses(404, 422)}},
)
def list_comments(request, response: HttpResponse, query: Query[CommentQuery]):
    """Approved comments only, in thread order (each followed by its replies;
    ``parent`` links a reply to its comment)."""
    page = target_or_404(query.page)
    limit = page_limit(query.limit)
    stats = ReaderComment.objects.filter(page_id=page.pk).aggregate(
        changed=Max("updated_at"), rows=Count("pk")
    )
    etag = make_etag(
        "comments", page.pk, limit, query.offset, stats["changed"], stats["rows"]
    )
    if unchanged := not_modified(request, etag, stats["changed"], use_since=False):
        return unchanged
    ordered = list(flatten(build_threads(approved_comments(page))))
    add_validators(response, etag, stats["changed"])
    return {
        "count": len(ordered),
        "items": [
            public_comment(c) for c in ordered[query.offset : query.offset + limit]
        ],
    }


@router.get(
    "token/",
    response=CommentToken,
    url_name="comment_token",
    summary="Get a comment form token",
    openapi_extra={"responses": problem_responses(404, 422)},
)
def comment_token(request, response: HttpResponse, query: Query[TokenQuery]):
    """A signed token for posting a comment on the page: valid from a few seconds
    after it is issued until it expires."""
    page = target_or_404(query.page)
    now = timezone.now()
    response["Cache-Control"] = "no-store"
    return {
        "page": page.pk,
        "token": make_token(page.pk, issued_at=now),
        "valid_from": now + timedelta(seconds=get_setting("COMMENT_TOKEN_MIN_AGE")),
        "expires_at": now + timedelta(seconds=get_setting("COMMENT_TOKEN_MAX_AGE")),
    }


@router.post(
    "",
    response={201: PostedComment},
    url_name="comment_create",
    summary="Post a comment",
    openapi_extra={
        "responses": problem_responses(
            400,
            403,
            404,
            409,
            413,
            415,
            422,
            429,
            503,
            headers={
                status: {
                    "Retry-After": {
                        "description": "Seconds to wait",
                        "schema": {"type": "string", "pattern": "^[0-9]+$"},
                    }
                }
                for status in (429, 503)
            },
        )
    },
)
def create_comment(request, payload: CommentIn):
    """Post a comment through the same checks as the page's form. The answer says
    whether it is published (``approved``) or waits for a moderator (``pending``)."""
    outcome = submit_comment(
        Submission(
            page_id=payload.page,
            author_name=payload.author_name,
            email=payload.email,
            website=payload.website or "",
            body=payload.body,
            token=payload.token,
            parent=payload.parent,
            ip_address=client_ip(request),
            user_agent=user_agent(request),
            attempt_counted=True,  # by the body guard (api.plugin.guard_body)
        )
    )
    if not outcome.accepted:
        errors = dict(outcome.errors)
        if outcome.http_status == 404:
            errors.setdefault("page", ["No live, public feature has this id."])
        raise APIProblem(
            outcome.http_status,
            outcome.message,
            errors=errors,
            retry_after=outcome.retry_after,
        )
    comment = outcome.comment
    status = (
        "approved" if comment.status == ReaderComment.Status.APPROVED else "pending"
    )
    return Status(201, {**public_comment(comment), "status": status})
