"""Which pages take comments: live, public feature pages with comments open."""

from datetime import timedelta

from django.utils import timezone
from wagtail.models import Page

from ..numbers import parse_int


class TargetNotFound(Exception):
    """No live, public feature page has that id."""


class CommentsClosed(Exception):
    """The page exists, but its comments are closed."""


def get_target_page(page_id):
    """The specific live, public feature page ``page_id``, or ``TargetNotFound``."""
    from ..models import AbstractVideoFeaturePage

    page_id = parse_int(page_id, minimum=1)
    if page_id is None:
        raise TargetNotFound
    page = Page.objects.live().public().filter(pk=page_id).specific().first()
    if not isinstance(page, AbstractVideoFeaturePage):
        raise TargetNotFound
    return page


def comments_are_open(page, settings):
    if not page.comments_open:
        return False
    days = settings.close_after_days
    if days is not None and page.first_published_at:
        return timezone.now() < page.first_published_at + timedelta(days=days)
    return True


def check_open(page, settings):
    if not comments_are_open(page, settings):
        raise CommentsClosed
