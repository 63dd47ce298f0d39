"""What a feature read needs before it can answer 304: whether the page is live
and public, its publication dates, whether it takes comments, and its comments'
last change and approved count, in one query.

Building and compiling that query with the ORM costs some fifteen times what
running it does, and a 304 is only worth its name if it is cheap. So the query
is built once per process and database, with a placeholder for the page id, and
then run with the id put in: the same SQL the ORM writes, compiled once.
"""

from datetime import UTC

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import connections, router
from django.db.models import BooleanField, Count, Exists, F, Max, OuterRef, Subquery
from django.db.models.functions import Coalesce, Substr
from django.utils.dateparse import parse_datetime
from django.utils.timezone import is_naive, make_aware

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
DATETIMES = {"first_published_at", "last_published_at", "montage_comments_changed"}
# Stands for the page id while the query is compiled: no request asks for it
# (ids are positive), and no other parameter of the query has this value.
PLACEHOLDER = -918_273_645

_compiled = {}


def live_features():
    """Live, public features of every feature page model, newest first, as a
    ``Page`` queryset (``specific_features`` reads the features' own fields).

    Public as Wagtail's ``public()`` means it (no view restriction on the page or
    an ancestor), written as a NOT EXISTS in the same query rather than a query
    for the restrictions first: an ancestor's tree path is a prefix of its
    descendants' paths, ``depth * steplen`` characters long."""
    from wagtail.models import Page, PageViewRestriction

    restricted = PageViewRestriction.objects.filter(
        page__path=Substr(OuterRef("path"), 1, F("page__depth") * Page.steplen)
    )
    return (
        feature_pages()
        .live()
        .exclude(Exists(restricted))
        .order_by("-first_published_at", "-pk")
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
    """Annotations of a page query: its comments' last change and approved count."""
    comments = (
        ReaderComment.objects.filter(page_id=OuterRef("pk"))
        .order_by()
        .values("page_id")
    )
    return {
        "montage_comments_changed": Subquery(
            comments.annotate(changed=Max("updated_at")).values("changed")
        ),
        "montage_comment_count": Subquery(
            comments.filter(status=ReaderComment.Status.APPROVED)
            .annotate(count=Count("pk"))
            .values("count")
        ),
    }


def validators_queryset(feature_id):
    return (
        live_features()
        .filter(pk=feature_id)
        .annotate(comments_open=comments_open(), **comment_validators())
        .values(*FIELDS)
        .order_by()
    )


def _compile():
    from wagtail.models import Page

    alias = router.db_for_read(Page)
    # The feature page models' content type ids are in the SQL: a new model, or
    # content types made again (a test database flushed), is another query.
    types = tuple(
        sorted(
            content_type.pk
            for content_type in ContentType.objects.get_for_models(
                *feature_page_models()
            ).values()
        )
    )
    key = (alias, connections[alias].vendor, types)
    if key not in _compiled:
        queryset = validators_queryset(PLACEHOLDER).using(alias)
        sql, params = queryset.query.sql_with_params()
        slots = [n for n, param in enumerate(params) if param == PLACEHOLDER]
        _compiled[key] = (sql, list(params), slots) if len(slots) == 1 else None
    return alias, _compiled[key]


def _datetime(value):
    if isinstance(value, str):  # SQLite
        value = parse_datetime(value)
    if value is not None and settings.USE_TZ and is_naive(value):
        value = make_aware(value, UTC)
    return value


def feature_validators(feature_id):
    """``{field: value}`` of ``FIELDS`` for a live, public feature, or None."""
    alias, compiled = _compile()
    if compiled is None:  # the placeholder could not be found: use the ORM
        return validators_queryset(feature_id).first()
    sql, params, [slot] = compiled
    params = [*params]
    params[slot] = feature_id
    with connections[alias].cursor() as cursor:
        cursor.execute(sql, params)
        row = cursor.fetchone()
        names = [column[0] for column in cursor.description]
    if row is None:
        return None
    found = dict(zip(names, row, strict=True))
    if set(found) != set(FIELDS):  # another database names its columns otherwise
        return validators_queryset(feature_id).first()
    for name in DATETIMES:
        found[name] = _datetime(found[name])
    found["comments_open"] = bool(found["comments_open"])
    return found
