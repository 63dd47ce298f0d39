"""Which pages take comments: live, public feature pages with comments open."""

from django.contrib.contenttypes.models import ContentType
from django.db.models import (
    CharField,
    Exists,
    ExpressionWrapper,
    F,
    OuterRef,
    Subquery,
)
from django.db.models.lookups import StartsWith
from wagtail.models import Page, PageViewRestriction

from ..caching.representations import keep
from ..models import AbstractVideoFeaturePage, CommentSettings
from ..numbers import parse_int
from ..values import comments_are_open, site_id_of


class TargetNotFound(Exception):
    """No live, public feature page has that id."""


class CommentsClosed(Exception):
    """The page exists, but its comments are closed."""


def get_target_page(page_id):
    """The specific live, public feature page ``page_id``, or ``TargetNotFound``."""
    page_id = parse_int(page_id, minimum=1)
    if page_id is None:
        raise TargetNotFound
    page = Page.objects.live().public().filter(pk=page_id).specific().first()
    if not isinstance(page, AbstractVideoFeaturePage):
        raise TargetNotFound
    return page


# What a submission needs of its site's settings, read with the page.
SETTINGS_FIELDS = (
    "pk",
    "moderation_policy",
    "hold_words",
    "block_words",
    "moderator_emails",
    "close_after_days",
)


def load_target(page_id, page=None):
    """``(page, settings)``: the specific live, public feature page ``page_id``
    and its site's ``CommentSettings`` (their defaults when the site has none
    saved), or ``TargetNotFound``.

    One query reads the page, whether a view restriction covers it and the
    settings; one more finds the page's model, unless ``page`` (a specific page
    the caller routed to) says it."""
    routed = page
    if page is None:
        page_id = parse_int(page_id, minimum=1)
        found = (
            page_id is not None
            and Page.objects.filter(pk=page_id, live=True)
            .values_list("content_type_id", "url_path")
            .first()
        )
        if not found:
            raise TargetNotFound
        model = ContentType.objects.get_for_id(found[0]).model_class()
        url_path = found[1]
    else:
        page_id, model, url_path = page.pk, type(page), page.url_path
    if model is None or not issubclass(model, AbstractVideoFeaturePage):
        raise TargetNotFound

    site_id = site_id_of(url_path)
    settings_row = CommentSettings.objects.filter(site_id=site_id)
    annotations = {
        # As Page.objects.public(): a restriction on the page or an ancestor.
        "montage_restricted": Exists(
            PageViewRestriction.objects.filter(
                StartsWith(
                    ExpressionWrapper(OuterRef("path"), output_field=CharField()),
                    F("page__path"),
                )
            )
        ),
        **{
            f"montage_settings_{name}": Subquery(settings_row.values(name)[:1])
            for name in SETTINGS_FIELDS
        },
    }
    if routed is None:
        page = model.objects.filter(pk=page_id, live=True).annotate(**annotations)
        page = page.first()
        found = page and vars(page)
    else:
        # The page is loaded already: read only whether it is still live and
        # public, and the settings, from the page table. Kept between requests
        # (caching.representations): publishing, unpublishing, moving a page,
        # a view restriction or the comment settings saved make it stale.
        page = routed
        found = keep(
            "comment_target",
            (page_id, site_id),
            None,
            lambda: (
                Page.objects.filter(pk=page_id, live=True)
                .annotate(**annotations)
                .values(*annotations)
                .first()
            ),
        )
    if not found or found["montage_restricted"]:
        raise TargetNotFound
    values = {name: found[f"montage_settings_{name}"] for name in SETTINGS_FIELDS}
    if values["pk"] is None:
        # No row saved yet: the defaults a new row would get.
        settings = CommentSettings(site_id=site_id)
    else:
        settings = CommentSettings(site_id=site_id, **values)
    return page, settings


def check_open(page, settings):
    if not comments_are_open(page, settings):
        raise CommentsClosed
