"""The HTML comment form on a feature page: its context, and the POST route."""

import json
from math import ceil

from django.contrib import messages
from django.db.models import Count, Max, Q
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from ..caching.generation import comments_generation
from ..caching.representations import keep
from ..conf import get_setting
from ..models import ReaderComment
from ..numbers import parse_int
from ..values import comments_are_open, page_comment_settings
from .clients import client_ip, user_agent
from .forms import CommentForm
from .pipeline import Submission, submit_comment
from .threads import page_of_threads
from .tokens import make_token

REMEMBER_COOKIE = "wagtail_montage_commenter"
REMEMBER_SALT = "wagtail_montage.remember"
REMEMBER_FIELDS = ("author_name", "email", "website")
MESSAGE_TAGS = "montage-comment"
# The reader's own comments that wait for moderation, shown to them alone: a
# browser-session cookie (no max_age), signed.
PENDING_COOKIE = "wagtail_montage_pending"
PENDING_SALT = "wagtail_montage.pending"
PENDING_LIMIT = 20


def remembered_author(request):
    try:
        data = json.loads(
            request.get_signed_cookie(REMEMBER_COOKIE, default="{}", salt=REMEMBER_SALT)
        )
    except (ValueError, TypeError):
        return {}
    return {
        key: str(data.get(key, ""))[:254] for key in REMEMBER_FIELDS if data.get(key)
    }


def request_too_large(request):
    """Checked before the body is parsed: a 10 MB post is refused unread."""
    length = request.META.get("CONTENT_LENGTH") or "0"
    # Anything but a number within the limit (no number at all included) is too large.
    return parse_int(length, maximum=get_setting("COMMENT_MAX_REQUEST_BYTES")) is None


def session_pending_ids(request):
    """The ids of the comments this reader posted that wait for moderation: kept
    for their browser session in a signed cookie (a session in the database would
    cost the post four queries), read without a query."""
    try:
        value = request.get_signed_cookie(PENDING_COOKIE, default="", salt=PENDING_SALT)
    except (ValueError, TypeError):
        return []
    ids = (parse_int(part, minimum=1) for part in value.split(",")[:PENDING_LIMIT])
    return [number for number in ids if number is not None]


def remember_pending(request, response, comment):
    ids = [pk for pk in session_pending_ids(request) if pk != comment.pk]
    response.set_signed_cookie(
        PENDING_COOKIE,
        ",".join(str(pk) for pk in [*ids, comment.pk][-PENDING_LIMIT:]),
        salt=PENDING_SALT,
        httponly=True,
        samesite="Lax",
        secure=request.is_secure(),
    )


def pending_comments(page, request):
    """The reader's own comments on ``page`` still awaiting moderation: one query,
    only when their session holds some."""
    ids = session_pending_ids(request)
    if not ids:
        return []
    return list(
        ReaderComment.objects.filter(
            pk__in=ids, page_id=page.pk, status=ReaderComment.Status.PENDING
        ).order_by("created_at", "pk")
    )


def retry_text(seconds):
    """ "Try again in 3 minutes." for a refusal's ``retry_after``."""
    if not seconds:
        return ""
    if seconds < 60:
        return ngettext(
            "Try again in %(count)d second.", "Try again in %(count)d seconds.", seconds
        ) % {"count": seconds}
    minutes = ceil(seconds / 60)
    return ngettext(
        "Try again in %(count)d minute.", "Try again in %(count)d minutes.", minutes
    ) % {"count": minutes}


def personalise_headers(request, response):
    """A page whose form is filled in for one reader (remembered or logged in), or
    that shows them their comments awaiting moderation, must not be stored by
    shared caches: mark it private and varying by cookie."""
    user = getattr(request, "user", None)
    if (
        REMEMBER_COOKIE in request.COOKIES
        or (user is not None and user.is_authenticated)
        or PENDING_COOKIE in request.COOKIES
    ):
        patch_cache_control(response, private=True)
        patch_vary_headers(response, ["Cookie"])
    return response


def blank_form(page, request):
    initial = {"token": make_token(page.pk)}
    remembered = remembered_author(request)
    if remembered:
        initial.update(remembered, remember=True)
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        initial.setdefault("author_name", user.get_full_name() or user.get_username())
        initial.setdefault("email", user.email)
    return CommentForm(initial=initial)


def comment_context(page, request, form=None):
    """The template context of a page's comment section.

    The threads are loaded only when the template shows them: not when the page
    of threads comes from the fragment cache, keyed by ``comment_threads_key``.
    """
    settings = page_comment_settings(page, {"request": request})
    stats = thread_stats(page)
    number = page_number(request.GET.get("comments_page"), stats["top_level"])
    threads = SimpleLazyObject(lambda: page_of_threads(page, number)[0])
    reply_to = None
    reply_id = request.GET.get("replytocom")
    if form is not None and form.data.get("parent"):
        reply_id = form.data.get("parent")
    reply_id = parse_int(reply_id, minimum=1)
    if reply_id is not None:
        reply_to = next(
            (
                t.comment
                for t in iter_threads(threads.object_list)
                if t.comment.pk == reply_id
            ),
            None,
        )
    form = form or blank_form(page, request)
    if reply_to is not None and not form.is_bound:
        form.initial["parent"] = reply_to.pk
    comments_open = comments_are_open(page, settings)
    max_depth = get_setting("COMMENT_MAX_DEPTH")
    return {
        "comment_threads": threads,
        "comment_count": stats["approved"],
        "comment_form": form,
        "comments_open": comments_open,
        "comment_reply_to": reply_to,
        "comment_max_depth": max_depth,
        "comment_post_url": page.url + page.reverse_subpage("post_comment"),
        # Read when the template shows them (outside any kept fragment).
        "comment_pending": SimpleLazyObject(lambda: pending_comments(page, request)),
        # What a rendered page of threads shows; None while a reply is being
        # written (the form sits inside the threads then).
        "comment_threads_key": None
        if reply_to is not None
        else "|".join(
            str(part)
            for part in (
                number,
                get_setting("COMMENTS_PER_PAGE"),
                max_depth,
                comments_open,
                stats["changed"],
                stats["approved"],
            )
        ),
    }


def thread_stats(page):
    """The page's approved comments' last change and counts, in one query: what
    any change to the threads shown changes too (approving and editing change
    ``updated_at``, unapproving and deleting the count). New comments waiting
    for moderation change nothing shown, and nothing here. Kept until one of the
    page's comments is written (``caching.generation.comments_generation``)."""
    return keep(
        "thread_stats",
        (page.pk, comments_generation(page.pk)),
        None,
        lambda: (
            ReaderComment.objects.approved()
            .filter(page_id=page.pk)
            .aggregate(
                changed=Max("updated_at"),
                approved=Count("pk"),
                top_level=Count("pk", filter=Q(parent__isnull=True)),
            )
        ),
    )


def page_number(value, top_level):
    """The page of threads asked for, as the paginator would read it: 1 for
    anything that is not a number, the last page for a number past it."""
    pages = max(1, ceil(top_level / get_setting("COMMENTS_PER_PAGE")))
    number = parse_int(value, minimum=1)
    return 1 if number is None else min(number, pages)


def iter_threads(threads):
    for thread in threads:
        yield thread
        yield from iter_threads(thread.replies)


def post_comment(page, request):
    """Handle the form's POST: redirect back with a message, or show the errors."""
    if request.method != "POST":
        return HttpResponseRedirect(page.url + "#comments")
    if request_too_large(request):
        return HttpResponse(
            _("The comment is too large."),
            status=413,
            content_type="text/plain; charset=utf-8",
        )
    data = request.POST
    user = getattr(request, "user", None)
    authenticated = bool(user and user.is_authenticated)
    submission = Submission(
        page_id=page.pk,
        page=page,
        author_name=data.get("author_name", ""),
        email=data.get("email", ""),
        website=data.get("website", ""),
        body=data.get("body", ""),
        token=data.get("token", ""),
        parent=data.get("parent") or None,
        honeypot=data.get("honeypot", ""),
        ip_address=client_ip(request),
        user_agent=user_agent(request),
        user=user if authenticated else None,
        is_staff=authenticated and user.is_staff,
    )
    outcome = submit_comment(submission)
    if outcome.accepted:
        comment = outcome.comment
        level = (
            messages.SUCCESS
            if comment.status == ReaderComment.Status.APPROVED
            else messages.INFO
        )
        messages.add_message(
            request, level, outcome.message, extra_tags=MESSAGE_TAGS, fail_silently=True
        )
        anchor = (
            f"#comment-{comment.pk}"
            if comment.status
            in (ReaderComment.Status.APPROVED, ReaderComment.Status.PENDING)
            else "#comments"
        )
        response = HttpResponseRedirect(page.url + anchor)
        if comment.status == ReaderComment.Status.PENDING:
            remember_pending(request, response, comment)
        if data.get("remember"):
            remembered = {key: getattr(comment, key) for key in REMEMBER_FIELDS}
            response.set_signed_cookie(
                REMEMBER_COOKIE,
                json.dumps(remembered),
                salt=REMEMBER_SALT,
                max_age=365 * 24 * 60 * 60,
                httponly=True,
                samesite="Lax",
                secure=request.is_secure(),
            )
        else:
            response.delete_cookie(REMEMBER_COOKIE)
        return response

    if outcome.http_status == 404:
        raise Http404(outcome.message)
    # Show the page again with the reader's values and the errors beside their fields.
    form = CommentForm(data)
    form.is_valid()
    for name, errors in outcome.errors.items():
        for error in errors:
            if name in form.fields and error not in form.errors.get(name, []):
                form.add_error(name if name in form.fields else None, error)
    if not outcome.errors:
        form.add_error(None, outcome.message)
    if "token" in outcome.errors:
        # A fresh token, so that sending the form again can succeed.
        form.data = form.data.copy()
        form.data["token"] = make_token(page.pk)
    response = page.render(
        request,
        context_overrides={
            **comment_context(page, request, form=form),
            "comment_error": outcome.message,
            "comment_retry": retry_text(outcome.retry_after),
        },
    )
    response.status_code = outcome.http_status
    if outcome.retry_after:
        response["Retry-After"] = str(outcome.retry_after)
    return response
