"""Approved comments of a page as threads, built from one query."""

from dataclasses import dataclass, field

from django.core.paginator import Paginator

from ..conf import get_setting
from ..models import ReaderComment

PUBLIC_FIELDS = ("id", "parent_id", "author_name", "website", "body", "created_at")


@dataclass
class Thread:
    comment: object
    depth: int
    replies: list = field(default_factory=list)


def approved_comments(page):
    """The page's approved comments, oldest first, with their public fields only."""
    return list(
        ReaderComment.objects.approved()
        .filter(page_id=page.pk)
        .order_by("created_at", "pk")
        .only(*PUBLIC_FIELDS)
    )


def build_threads(comments, max_depth=None):
    """Nest replies under their parents, oldest first. Replies deeper than
    ``max_depth``, or whose parent is not in ``comments``, are left out."""
    max_depth = max_depth or get_setting("COMMENT_MAX_DEPTH")
    by_parent = {}
    for comment in comments:
        by_parent.setdefault(comment.parent_id, []).append(comment)

    def grow(comment, depth):
        thread = Thread(comment, depth)
        if depth < max_depth:
            thread.replies = [
                grow(reply, depth + 1) for reply in by_parent.get(comment.pk, [])
            ]
        return thread

    return [grow(comment, 1) for comment in by_parent.get(None, [])]


def page_of_threads(page, number=1):
    """A ``Paginator`` page of top-level threads, and the count of approved comments."""
    comments = approved_comments(page)
    threads = build_threads(comments)
    paginator = Paginator(threads, get_setting("COMMENTS_PER_PAGE"))
    return paginator.get_page(number), len(comments)
