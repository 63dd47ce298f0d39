"""``features/``: feature pages as typed JSON, found by the facts they carry."""

from django.db.models import Count, Max
from django.http import Http404, HttpResponse
from django.urls import reverse
from ninja import Query, Router, Schema
from pydantic import Field

from ..conf import get_setting
from ..facts import filter_by_facts, related_features
from ..models import ReaderComment, VideoFeaturePage
from .caching import NAMESPACE, add_validators, make_etag, not_modified
from .schemas import FeatureDetail, FeatureList
from .values import film_data, image_data, video_data

router = Router(tags=["features"])


def live_features():
    return (
        VideoFeaturePage.objects.live().public().order_by("-first_published_at", "-pk")
    )


class FeatureQuery(Schema):
    limit: int = Field(
        None, ge=1, description="Items per page (default 20, at most 50)"
    )
    offset: int = Field(0, ge=0, le=2**31 - 1)
    person: str | None = Field(
        None, max_length=255, description="A performer or composer"
    )
    track: str | None = Field(None, max_length=255)
    chart: str | None = Field(
        None,
        max_length=255,
        description="A chart or certifier, e.g. Billboard Hot 100, RIAA",
    )
    place: str | None = Field(
        None,
        max_length=255,
        description="A location, its region or country, or the place it stood in for",
    )
    film: str | None = Field(None, max_length=255)
    tag: str | None = Field(None, max_length=255)


def page_limit(limit):
    from .problems import Problem

    maximum = get_setting("API_MAX_PAGE_SIZE")
    if limit is None:
        return get_setting("API_PAGE_SIZE")
    if limit > maximum:
        raise Problem(
            400,
            "Invalid request.",
            f"limit is at most {maximum}.",
            {"limit": f"Ensure this value is at most {maximum}."},
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
        "image": image_data(
            page.hero_image, get_setting("API_FEATURE_IMAGE_RENDITION")
        ),
        "tags": [tag.name for tag in page.tags.all()],
        "first_published_at": page.first_published_at,
        "last_published_at": page.last_published_at,
    }


def with_summary_relations(pages):
    from django.db.models import Prefetch
    from wagtail.images import get_image_model

    return pages.select_related("hero_image").prefetch_related(
        "tags",
        Prefetch(
            "hero_image__renditions",
            queryset=get_image_model().get_rendition_model().objects.all(),
        ),
    )


@router.get("", response=FeatureList, url_name="feature_list", summary="List features")
def list_features(request, response: HttpResponse, query: Query[FeatureQuery]):
    """Live, public features, newest first. Fact filters combine (all must match);
    matching ignores case and accents."""
    limit = page_limit(query.limit)
    facts = query.model_dump(
        include={"person", "track", "chart", "place", "film", "tag"}
    )
    pages = filter_by_facts(live_features(), **facts)
    stats = pages.aggregate(count=Count("pk"), changed=Max("last_published_at"))
    etag = make_etag(
        "features",
        sorted(facts.items()),
        limit,
        query.offset,
        stats["count"],
        stats["changed"],
    )
    if unchanged := not_modified(request, etag, stats["changed"], use_since=False):
        return unchanged
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
)
def feature_preview(request, response: HttpResponse, token: str = ""):
    """The draft a preview link grants (an editor gets the link from the page's
    "Headless preview link" in the admin). The token expires after minutes."""
    from ..previews import PreviewTokenError, read_preview_token
    from .problems import Problem

    try:
        page = read_preview_token(token)
    except PreviewTokenError as exc:
        raise Problem(
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
    "{int:feature_id}/",
    response=FeatureDetail,
    url_name="feature_detail",
    summary="Read a feature",
)
def feature_detail(request, response: HttpResponse, feature_id: int):
    """One live, public feature: its film, video, segments and typed body blocks,
    comment count, related features and schema.org data."""
    if not 0 < feature_id < 2**31:
        raise Http404
    page = with_summary_relations(live_features()).filter(pk=feature_id).first()
    if page is None:
        raise Http404
    comments = ReaderComment.objects.filter(page_id=page.pk).aggregate(
        changed=Max("updated_at"), approved=Count("pk", filter=_approved())
    )
    # Related features change only when some feature is published or unpublished:
    # the newest publication and the number of live features stand for them, in
    # one cheap query instead of working the related list out for a 304.
    features = live_features().aggregate(
        count=Count("pk"), changed=Max("last_published_at")
    )
    etag = make_etag(
        "feature",
        page.pk,
        page.last_published_at,
        comments["changed"],
        comments["approved"],
        features["count"],
        features["changed"],
    )
    last_modified = max(
        filter(
            None, [page.last_published_at, comments["changed"], features["changed"]]
        ),
        default=None,
    )
    if unchanged := not_modified(request, etag, last_modified):
        return unchanged
    add_validators(response, etag, last_modified)
    return detail(page, request, comment_count=comments["approved"])


def detail(page, request, comment_count, related=None):
    from ..comments.targets import comments_are_open
    from ..models import CommentSettings
    from ..structured_data import build_structured_data

    context = {"request": request}
    site = page.get_site()
    settings = CommentSettings.for_site(site) if site else CommentSettings()
    if related is None:
        related = related_features(page, with_summary_relations(live_features()))
    return {
        **summary(page, request),
        "segments": page.segments.stream_block.get_api_representation(
            page.segments, context
        ),
        "body": page.body.stream_block.get_api_representation(page.body, context),
        "comments_open": comments_are_open(page, settings),
        "comment_count": comment_count,
        "related": [summary(other, request) for other in related],
        "structured_data": build_structured_data(page, request),
    }


def _approved():
    from django.db.models import Q

    return Q(status=ReaderComment.Status.APPROVED)
