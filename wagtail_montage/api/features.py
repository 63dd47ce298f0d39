"""``features/``: feature pages as typed JSON, found by the facts they carry."""

from types import SimpleNamespace

from django.contrib.contenttypes.models import ContentType
from django.db.models import (
    Count,
    Max,
    Prefetch,
    Sum,
)
from django.http import Http404, HttpResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from ninja import Path, Query, Router, Schema
from pydantic import Field
from wagtail.models import Page

from ..blocks.identifiers import QUERY_PATTERNS
from ..caching.generation import comments_generation, generation
from ..caching.representations import keep
from ..chapters import chapters_url
from ..comments.targets import comments_are_open
from ..compat import RichTextOutputFormat
from ..conf import API_NAMESPACE as NAMESPACE
from ..conf import get_setting
from ..facts import QUERY_KINDS, filter_by_facts, related_features
from ..models import ReaderComment
from ..values import (
    comment_settings,
    film_data,
    image_data,
    site_id_of,
    tag_names,
    video_data,
)
from .http import add_validators, make_etag, not_modified
from .problems import APIProblem, problem_responses
from .schemas import MAX_ID, FeatureDetail, FeatureList
from .validators import feature_validators, live_features

router = Router(tags=["features"])


# Items per page: its maximum (WAGTAIL_MONTAGE_API_MAX_PAGE_SIZE) is put into the
# OpenAPI document when it is built, and checked here at run time.
LIMIT = Field(None, ge=1, description="Items per page (default 20, at most 50)")
OFFSET = Field(0, ge=0, le=MAX_ID)

# What a read answers besides its 200 (django-ninja's own 422 included).
NOT_MODIFIED = {
    "304": {
        "description": "Not modified: the If-None-Match or If-Modified-Since validator matches",
        "headers": {
            "ETag": {"schema": {"type": "string"}},
            "Last-Modified": {"schema": {"type": "string"}},
        },
    }
}


def fact_filter(description=None):
    """A fact filter: text without NUL (PostgreSQL cannot compare it)."""
    return Field(None, max_length=255, pattern=r"^[^\x00]*$", description=description)


def identifier_filter(kind, description):
    return Field(None, pattern=QUERY_PATTERNS[kind], description=description)


class FeatureQuery(Schema):
    limit: int = LIMIT
    offset: int = OFFSET
    person: str = fact_filter("A performer or composer")
    track: str = fact_filter()
    chart: str = fact_filter("A chart or certifier, e.g. Billboard Hot 100, RIAA")
    place: str = fact_filter(
        "A location, its region or country, or the place it stood in for"
    )
    film: str = fact_filter()
    tag: str = fact_filter()
    # Identifiers: exact matches, in any letter case.
    wikidata: str = identifier_filter("wikidata", "A Wikidata item, e.g. Q42")
    musicbrainz: str = identifier_filter(
        "musicbrainz", "A MusicBrainz recording or release group id (MBID)"
    )
    imdb: str = identifier_filter("imdb", "The film's IMDb title id, e.g. tt0089927")
    isrc: str = identifier_filter("isrc", "A recording's ISRC, e.g. USS1Z9900001")


class DetailQuery(Schema):
    rich_text_format: RichTextOutputFormat = Field(
        "html",
        description="Paragraphs as display HTML (html, the default), Wagtail's "
        "database HTML (db_html), or Markdown (markdown, db_markdown)",
    )


def page_limit(limit):
    maximum = get_setting("API_MAX_PAGE_SIZE")
    if limit is None:
        return min(get_setting("API_PAGE_SIZE"), maximum)
    if limit > maximum:
        raise APIProblem(
            422,
            _("Invalid request."),
            _("limit is at most %(maximum)s.") % {"maximum": maximum},
            {
                "limit": _("Ensure this value is at most %(maximum)s.")
                % {"maximum": maximum}
            },
        )
    return limit


def summary(page, request):
    return {
        "id": page.pk,
        "title": page.title,
        "slug": page.slug,
        "url": page.get_url(request=request),
        "detail_url": request.build_absolute_uri(
            reverse(f"{NAMESPACE}:feature_detail", kwargs={"feature_id": page.pk})
        ),
        "teaser": page.teaser,
        "film": film_data(page),
        "video": video_data(page),
        "image": image_data(page.hero_image),
        "tags": tag_names(page),
        "first_published_at": page.first_published_at,
        "last_published_at": page.last_published_at,
    }


def summary_prefetches():
    from wagtail.images import get_image_model

    return [
        "tags",
        Prefetch(
            "hero_image__renditions",
            queryset=get_image_model().get_rendition_model().objects.all(),
        ),
    ]


def with_summary_relations(pages):
    """The features of ``pages`` with what a summary shows. A ``Page`` queryset
    is made specific: one query for the pages, then each listed model's rows
    and their prefetches."""
    if pages.model is not Page:
        return pages.select_related("hero_image").prefetch_related(
            *summary_prefetches()
        )
    return (
        pages.specific()
        .select_related("hero_image", for_specific_subqueries=True)
        .prefetch_related(*summary_prefetches(), for_specific_subqueries=True)
    )


@router.get(
    "",
    response=FeatureList,
    url_name="feature_list",
    summary="List features",
    openapi_extra={"responses": {**NOT_MODIFIED, **problem_responses(422)}},
)
def list_features(request, response: HttpResponse, query: Query[FeatureQuery]):
    """Live, public features, newest first. Fact filters combine (all must match);
    matching ignores case and accents."""
    limit = page_limit(query.limit)
    facts = query.model_dump(include=set(QUERY_KINDS))
    facts = {name: value or None for name, value in facts.items()}
    pages = filter_by_facts(live_features(), **facts)
    stats = pages.aggregate(
        count=Count("pk"),
        ids=Sum("pk"),
        changed=Max("last_published_at"),
        models=Count("content_type", distinct=True),
        content_type=Max("content_type"),
    )
    # Which features are listed (their number and ids), their newest publication,
    # and the kept values' generation: what a summary shows of other rows (tags,
    # images, URLs after a move) changes it, as a view restriction does.
    etag = make_etag(
        "features",
        sorted(facts.items()),
        limit,
        query.offset,
        stats["count"],
        stats["ids"],
        stats["changed"],
        generation()[0],
    )
    if unchanged := not_modified(request, etag, stats["changed"], use_since=False):
        return unchanged
    if stats["models"] == 1:
        # One feature page model listed (as on most sites): read its own table,
        # not the pages and then the model's rows.
        model = ContentType.objects.get_for_id(stats["content_type"]).model_class()
        pages = model.objects.filter(pk__in=pages.values("pk")).order_by(
            *live_features().query.order_by
        )
    items = with_summary_relations(pages)[query.offset : query.offset + limit]
    add_validators(response, etag, stats["changed"])
    return {
        "count": stats["count"],
        "items": [summary(page, request) for page in items],
    }


@router.get(
    "preview/",
    response=FeatureDetail,
    url_name="feature_preview",
    summary="Read a draft",
    by_alias=True,
    openapi_extra={"responses": problem_responses(403, 404, 422)},
)
def feature_preview(
    request,
    response: HttpResponse,
    query: Query[DetailQuery],
    token: str = Query("", max_length=1000),
):
    """The draft a preview link grants (an editor gets the link from the page's
    "Headless preview link" in the admin). The token expires after minutes."""
    from ..previews import PreviewTokenError, read_preview_token

    try:
        page = read_preview_token(token)
    except PreviewTokenError as exc:
        raise APIProblem(
            403,
            "Invalid preview token.",
            f"The preview token is {exc}.",
            {"token": str(exc)},
        ) from None
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex"
    comment_count = ReaderComment.objects.approved().filter(page_id=page.pk).count()
    return detail(page, request, comment_count=comment_count)


@router.get(
    "{feature_id}/",
    response=FeatureDetail,
    url_name="feature_detail",
    summary="Read a feature",
    by_alias=True,
    openapi_extra={"responses": {**NOT_MODIFIED, **problem_responses(404, 422)}},
)
def feature_detail(
    request,
    response: HttpResponse,
    query: Query[DetailQuery],
    feature_id: int = Path(..., ge=1, le=MAX_ID),
):
    """One live, public feature: its film, video, segments and typed body blocks,
    comment count, related features and schema.org data."""
    # Related features (and the URLs of linked pages) change only when pages are
    # saved, moved or deleted or their view restrictions change: the
    # representation cache's generation changes then. Without that cache, which
    # features are live and public (their number and the sum of their ids) and
    # the newest publication stand for them, in one cheap query.
    others, others_changed = generation()
    context = {"request": request, "montage_generation": others}
    # Live, public, its dates and its comments' validators: one query, enough
    # for a 304, kept until the generation or the page's comments change. What
    # only a full read needs is loaded after it.
    found = keep(
        "validators",
        (feature_id, comments_generation(feature_id)),
        context,
        lambda: feature_validators(feature_id),
    )
    if found is None:
        raise Http404
    published = found["last_published_at"]
    comments_changed = found["montage_comments_changed"]
    comment_count = found["montage_comment_count"] or 0
    # Open or closed can change with time alone ("close after N days").
    comments_open = comments_are_open(
        SimpleNamespace(
            comments_open=found["comments_open"],
            first_published_at=found["first_published_at"],
        ),
        comment_settings(site_id_of(found["url_path"]), context),
    )
    if others is None:
        features = live_features().aggregate(
            count=Count("pk"), ids=Sum("pk"), changed=Max("last_published_at")
        )
        others = f"{features['count']}:{features['ids']}"
        others_changed = features["changed"]
    # Every query parameter that changes the body is part of the ETag.
    etag = make_etag(
        "feature",
        feature_id,
        query.rich_text_format,
        found["url_path"],  # moved: its own URLs change
        published,
        comments_changed,
        comment_count,
        comments_open,
        others,
        others_changed,
    )
    last_modified = max(
        filter(None, [published, comments_changed, others_changed]), default=None
    )
    if unchanged := not_modified(request, etag, last_modified):
        return unchanged
    # The page's own model, from its content type (cached: no query).
    model = ContentType.objects.get_for_id(found["content_type"]).model_class()
    page = model.objects.filter(pk=feature_id, live=True).first()
    if page is None:  # unpublished a moment ago
        raise Http404
    add_validators(response, etag, last_modified)
    return detail(
        page, request, comment_count, comments_open=comments_open, context=context
    )


def detail(page, request, comment_count, *, comments_open=None, context=None):
    """The detail of ``page``. With a ``context`` (from ``feature_detail``) the
    page is the live one, read from its table, and what changes only when it is
    saved is kept between requests; without (a draft preview) everything is
    worked out."""
    from ..structured_data import build_structured_data

    live = context is not None
    context = context or {"request": request}
    if comments_open is None:
        settings = comment_settings(site_id_of(page.url_path), context)
        comments_open = comments_are_open(page, settings)

    def related():
        pages = with_summary_relations(live_features())
        return [summary(other, request) for other in related_features(page, pages)]

    if not live:
        own_summary = summary(page, request)
    else:
        own_summary = keep(
            "summary", (page.pk,), context, lambda: summary(page, request)
        )
    return {
        **own_summary,
        "segments": page.segments.stream_block.get_api_representation(
            page.segments, context
        ),
        "body": page.body.stream_block.get_api_representation(page.body, context),
        "chapters_url": chapters_url(page, request),
        "comments_open": comments_open,
        "comment_count": comment_count,
        # Kept between requests (caching.representations): it changes only when pages do.
        "related": keep("related", (page.pk,), context, related),
        "structured_data": build_structured_data(
            page, request, live=live, context=context
        ),
    }
