"""``comments/``: read a feature's approved comments, get a form token, post a comment.

Posting goes through the same pipeline as the HTML form. It is always anonymous:
no session, no staff exemption, no ``user``.
"""

from datetime import timedelta

from django.db.models import Count, Max
from django.http import HttpResponse
from django.utils import timezone
from ninja import Query, Router, Schema, Status
from pydantic import Field

from ..comments import Submission, submit_comment
from ..comments.clients import client_ip, user_agent
from ..comments.targets import TargetNotFound, get_target_page
from ..comments.threads import approved_comments, build_threads
from ..comments.tokens import make_token
from ..conf import get_setting
from ..models import ReaderComment
from .caching import add_validators, make_etag, not_modified
from .features import page_limit
from .problems import Problem
from .schemas import CommentIn, CommentList, CommentToken, PostedComment

router = Router(tags=["comments"])

PUBLIC_STATUS = {ReaderComment.Status.APPROVED: "approved"}


class CommentQuery(Schema):
    page: int = Field(..., ge=1, description="The feature's page id")
    limit: int = Field(
        None, ge=1, description="Items per page (default 20, at most 50)"
    )
    offset: int = Field(0, ge=0, le=2**31 - 1)


class TokenQuery(Schema):
    page: int = Field(..., ge=1, description="The feature's page id")


def target_or_404(page_id):
    try:
        return get_target_page(page_id)
    except TargetNotFound:
        raise Problem(
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
        "responses": {
            "400": {"description": "Field errors (problem JSON)"},
            "403": {"description": "Comments are closed"},
            "404": {"description": "No live, public feature with this id"},
            "409": {"description": "Duplicate comment"},
            "413": {"description": "Request too large"},
            "415": {"description": "Not JSON"},
            "422": {"description": "Wrong types (problem JSON)"},
            "429": {"description": "Too many comments; see Retry-After"},
            "503": {"description": "Temporarily unavailable"},
        }
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
        )
    )
    if not outcome.accepted:
        errors = dict(outcome.errors)
        if outcome.http_status == 404:
            errors.setdefault("page", ["No live, public feature has this id."])
        raise Problem(
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
