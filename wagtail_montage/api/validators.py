"""What a feature read needs before it can answer 304: whether the page is live
and public, its publication dates, whether it takes comments, and its comments'
last change and approved count, in one ORM query.

Building these querysets costs more than running them, and a 304 is only worth
its name if it is cheap: each is built once per process (and per set of feature
page models) and every call filters a clone of it. Never evaluated itself, the
built queryset holds no rows; the SQL is still compiled by the ORM per query.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import BooleanField, Count, Exists, F, Max, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.db.models.lookups import StartsWith
from wagtail.models import PageViewRestriction

from ..models import (
    ReaderComment,
    feature_page_models,
    feature_page_tables,
    feature_pages,
)

FIELDS = (
    "url_path",
    "content_type",
    "first_published_at",
    "last_published_at",
    "comments_open",
    "montage_comments_changed",
    "montage_comment_count",
)


def restricted():
    """Exists when a view restriction hides the outer page: Wagtail's
    ``private_q()`` (the restricted page and its descendants, by tree path)
    as one correlated subquery instead of a query for the restrictions first."""
    return Exists(
        PageViewRestriction.objects.filter(
            StartsWith(OuterRef("path"), F("page__path"))
        )
    )


_built = {}


def built(name, build):
    """A clone of the queryset ``build()`` makes, built once per process and per
    set of feature page models (their content type ids are in its SQL: a new
    model, or content types made again, is another queryset)."""
    models = feature_page_models()
    types = ContentType.objects.get_for_models(*models)
    key = (name, tuple((model, types[model].pk) for model in models))
    if key not in _built:
        _built[key] = build()
    return _built[key].all()


def live_features():
    """Live, public features of every feature page model, newest first, as a
    ``Page`` queryset (``specific_features`` reads the features' own fields)."""
    return built(
        "live",
        lambda: (
            feature_pages()
            .live()
            .exclude(restricted())
            .order_by("-first_published_at", "-pk")
        ),
    )


def comments_open():
    """Annotation of a ``Page`` query: the feature's ``comments_open``, read from
    its model's own table (one subquery per feature page table)."""
    columns = [
        Subquery(model.objects.filter(pk=OuterRef("pk")).values("comments_open"))
        for model in feature_page_tables()
    ]
    if len(columns) == 1:
        return columns[0]
    return Coalesce(*columns, output_field=BooleanField())


def comment_validators():
    """Annotations of a page query: its approved comments' last change and
    count. Comments waiting for moderation show nowhere in the API (a new one
    leaves the ETag as it was); approving, editing or removing one changes
    these."""
    approved = (
        ReaderComment.objects.approved()
        .filter(page_id=OuterRef("pk"))
        .order_by()
        .values("page_id")
    )
    return {
        "montage_comments_changed": Subquery(
            approved.annotate(changed=Max("updated_at")).values("changed")
        ),
        "montage_comment_count": Subquery(
            approved.annotate(count=Count("pk")).values("count")
        ),
    }


def _validators():
    tables = feature_page_tables()
    if len(tables) == 1:  # most sites: its table has comments_open, no subquery
        pages = tables[0].objects.all()
    else:
        pages = feature_pages().annotate(comments_open=comments_open())
    return (
        pages.live()
        .exclude(restricted())
        .annotate(**comment_validators())
        .values(*FIELDS)
        .order_by()
    )


def validators_queryset(feature_id):
    return built("validators", _validators).filter(pk=feature_id)


def feature_validators(feature_id):
    """``{field: value}`` of ``FIELDS`` for a live, public feature, or None."""
    # Filtered by primary key: one row at most, no ORDER BY or LIMIT to compile.
    found = next(iter(validators_queryset(feature_id)), None)
    if found is not None:
        found["comments_open"] = bool(found["comments_open"])
    return found
