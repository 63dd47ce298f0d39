"""Wagtail's own page APIs: the fields of a feature's ``api_fields`` and the
typed body of API v3.

The fields serialise for API v2 and, through v3's compat shim, for API v3 too,
where their return annotations become the OpenAPI types. Each reads the same
values as the plugin's API (``values.py``, the blocks' ``get_api_representation``).

In a v2 listing each field loads what it needs for every listed page at once
(one query for all comment counts, one for all tags, ...), not page by page.
"""

from django.db.models import Count, prefetch_related_objects
from django.utils.timezone import now
from rest_framework.fields import Field
from rest_framework.serializers import ListSerializer
from wagtail.api import APIField
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed
from wagtail.images.api.fields import ImageRenditionField

from ..caching.generation import comments_generation
from ..caching.representations import keep
from ..compat import (
    DefaultFilterSpecMixin,
    ImageRenditionDict,
    ImageRenditionErrorDict,
    api_v3_available,
    register_v3_field_schema,
    serializer_context,
    v3_schemas_built,
)
from ..conf import get_setting
from ..models import (
    AbstractVideoFeaturePage,
    ReaderComment,
    VideoFeatureBodyField,
    feature_page_models,
)
from ..models.fields import VideoSegmentsField
from ..values import (
    comments_are_open,
    film_data,
    hero_image_spec,
    page_comment_settings,
    sorted_tag_names,
    video_data,
)
from .blocks import BodyItem, VideoSegmentItem
from .schemas import AlternateTitle, Video

# --- Loading for every page a serializer writes ------------------------------


def _serialised_pages(field, page):
    """The pages of the v2 listing ``field`` is writing, or just ``page``."""
    root = field.root
    if isinstance(root, ListSerializer) and root.instance is not None:
        # The listing iterates its (paginated) queryset before the first field
        # runs, so this reads the cached results: no query.
        pages = list(root.instance)
        if any(listed.pk == page.pk for listed in pages):
            return pages
    return [page]


def _load_once(field, page, name, load, keep_key=None):
    """This page's part of ``load(pages, request)``, run once for all the pages
    the serializer writes; ``load`` returns ``{page pk: value}``.

    ``keep_key(page)``: what the value depends on, for a page read on its own
    (a detail) to keep it between requests (``caching.representations``). Never the page's id
    alone: API v3 serves drafts to editors, and a draft must not be kept as the
    live page's value (nor the other way round)."""
    context = serializer_context(field)
    if context is None:
        # API v3's compat shim: one page, no serializer context.
        return _load_one(page, name, load, None, keep_key)
    loaded = context.setdefault(f"wagtail_montage.{name}", {})
    if page.pk not in loaded:
        pages = _serialised_pages(field, page)
        if len(pages) == 1:
            loaded[page.pk] = _load_one(page, name, load, context, keep_key)
            return loaded[page.pk]
        if len(pages) > 1 and "wagtail_montage.listing" not in context:
            context["wagtail_montage.listing"] = True
            # Wagtail's own ``locale`` meta field reads page.locale page by
            # page; load them with the rest of the listing.
            if "locale" in getattr(field.parent, "fields", {}):
                prefetch_related_objects(pages, "locale")
        loaded.update(load(pages, context.get("request")))
    return loaded.get(page.pk)


def _load_one(page, name, load, context, keep_key):
    request = context.get("request") if context else None
    if keep_key is None:
        return load([page], request).get(page.pk)
    return keep(
        f"page_field.{name}",
        keep_key(page),
        context,
        lambda: load([page], request).get(page.pk),
    )


def shows_live_content(page):
    """Whether ``page`` shows what is live: a live page with no draft pending, so
    that its table row and its latest revision (the draft API v3 shows an
    editor) are the same. Only then is a value kept under the page's id."""
    return page.live and not page.has_unpublished_changes


def _load_videos(pages, request):
    """Each page's video from its URL; what the URL cannot tell (a Vimeo still,
    another provider's name) from the embed Wagtail has stored for it, if any.
    Never fetches an embed: an API read makes no outgoing request."""
    videos = {page.pk: video_data(page) for page in pages}
    incomplete = {}
    for page in pages:
        video = videos[page.pk]
        if video and (video["thumbnail_url"] is None or video["provider"] is None):
            # The embed the page itself shows (video_embed): no size limits.
            incomplete.setdefault(get_embed_hash(page.video_url), []).append(video)
    if incomplete:
        embeds = (
            Embed.objects.exclude(cache_until__lte=now())
            .filter(hash__in=list(incomplete))
            .only("hash", "thumbnail_url", "provider_name")
        )
        for embed in embeds:
            for video in incomplete[embed.hash]:
                video["thumbnail_url"] = (
                    video["thumbnail_url"] or embed.thumbnail_url or None
                )
                video["provider"] = video["provider"] or embed.provider_name or None
    return videos


def _load_comment_counts(pages, request):
    counts = dict(
        ReaderComment.objects.approved()
        .filter(page_id__in=[page.pk for page in pages])
        .order_by()
        .values("page_id")
        .annotate(count=Count("pk"))
        .values_list("page_id", "count")
    )
    return {page.pk: counts.get(page.pk, 0) for page in pages}


def _load_comments_open(pages, request):
    """Whether readers can comment, by the same rule as the comment form: the
    page's switch and its site's "close after N days"."""
    # The sites' settings are kept between requests: no query.
    context = {"request": request}
    return {
        page.pk: comments_are_open(page, page_comment_settings(page, context))
        for page in pages
    }


def _load_tags(pages, request):
    prefetch_related_objects(pages, "tags")
    return {
        page.pk: sorted_tag_names(tag.name for tag in page.tags.all()) for page in pages
    }


def _load_hero_images(pages, request):
    prefetch_related_objects(pages, "hero_image__renditions")
    return {page.pk: page.hero_image for page in pages}


# --- Fields for api_fields ----------------------------------------------------


class _PageValueField(Field):
    """A read-only value computed from the page, loaded for all listed pages at once."""

    load = None
    # What the value depends on, to keep it between requests (see _load_once).
    keep_key = None

    def __init__(self, **kwargs):
        kwargs.setdefault("source", "*")
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def get_attribute(self, page):
        return _load_once(
            self, page, self.field_name, type(self).load, type(self).keep_key
        )


class VideoField(_PageValueField):
    """``video``: ``{url, provider, thumbnail_url, embed_url}``, or null without a video."""

    load = staticmethod(_load_videos)

    def to_representation(self, value) -> Video:
        return value


class CommentCountField(_PageValueField):
    """``comment_count``: the number of approved reader comments."""

    load = staticmethod(_load_comment_counts)
    # Kept until one of the page's comments is written.
    keep_key = staticmethod(lambda page: (page.pk, comments_generation(page.pk)))

    def to_representation(self, value) -> int:
        return value


class CommentsOpenField(_PageValueField):
    """``comments_open``: whether the page takes new comments now."""

    load = staticmethod(_load_comments_open)

    def to_representation(self, value) -> bool:
        return value


class TagNamesField(_PageValueField):
    """``tags``: tag names, sorted; like Wagtail's, but one query for a whole listing."""

    load = staticmethod(_load_tags)
    keep_key = staticmethod(
        lambda page: (page.pk if shows_live_content(page) else None,)
    )

    def to_representation(self, value) -> list[str]:
        return value


class AlternateTitlesField(Field):
    """``film_alternate_titles``: ``[{title, year, note}]``."""

    def __init__(self, **kwargs):
        kwargs.setdefault("source", "*")
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, page) -> list[AlternateTitle]:
        return film_data(page)["alternate_titles"]


class HeroImageField(DefaultFilterSpecMixin, ImageRenditionField):
    """``hero_image``: a rendition (``WAGTAIL_MONTAGE_API_FEATURE_IMAGE_RENDITION``
    unless a ``filter_spec`` is given) as ``{url, full_url, width, height, alt}``."""

    def default_filter_spec(self):
        return hero_image_spec()

    def get_attribute(self, page):
        # The rendition's JSON, worked out for all listed pages at once, and kept
        # between requests for a detail (the filter spec is part of the name).
        return _load_once(
            self,
            page,
            f"{self.field_name}.{self.filter_spec}",
            self.load_renditions,
            # The JSON of one image's rendition: the same for a draft and the
            # live page showing that image.
            keep_key=lambda page: (page.hero_image_id,),
        )

    def load_renditions(self, pages, request):
        images = _load_hero_images(pages, request)
        return {
            pk: None
            if image is None
            else super(HeroImageField, self).to_representation(image)
            for pk, image in images.items()
        }

    def to_representation(self, value) -> ImageRenditionDict | ImageRenditionErrorDict:
        return value  # worked out in get_attribute


# --- API v3: the body as typed blocks -----------------------------------------


def stream_schema(item_type):
    """A v3 read schema function for a StreamField: ``list[item_type]``, resolved
    by the blocks with the request in the context (``rich_text_format``)."""

    def schema(generator, field):
        field_name = field.name

        def resolve(obj, context):
            value = getattr(obj, field_name)
            return value.stream_block.get_api_representation(value, context)

        return list[item_type], [], staticmethod(resolve)

    return schema


body_schema = stream_schema(BodyItem)
segments_schema = stream_schema(VideoSegmentItem)


def register_v3_schemas():
    """Make API v3 describe feature bodies and segments with the typed block schemas.

    Call it from ``AppConfig.ready()``. It only takes effect before
    ``wagtail.api.v3.registry`` is first imported (which builds every page
    schema), so before the ``ready()`` of ``wagtail.images``,
    ``wagtail.documents`` and ``wagtail.snippets``: list ``wagtail_montage``
    above them in ``INSTALLED_APPS``. Returns False when that was too late,
    None when API v3 is not used (Wagtail 7.4, or ``WAGTAIL_MONTAGE_API_V3`` False).
    """
    global _registered_in_time

    if not uses_api_v3():
        return None
    in_time = not v3_schemas_built()
    register_v3_field_schema(VideoFeatureBodyField, body_schema)
    register_v3_field_schema(VideoSegmentsField, segments_schema)
    _registered_in_time = _registered_in_time or in_time
    return in_time


_registered_in_time = False


def uses_api_v3():
    """Whether the plugin types its values in API v3: the installed Wagtail has
    it (8.x) and ``WAGTAIL_MONTAGE_API_V3`` is not False."""
    return get_setting("API_V3") is not False and api_v3_available()


def v3_schemas_registered_in_time():
    """Whether ``register_v3_schemas()`` ran before API v3 built its page schemas."""
    return _registered_in_time


# --- Serializers of the feature pages' api_fields ----------------------------

# The models name their API fields (``APIField("video")``); the fields that are
# worked out, not read from a column, get their serializer from here.
SERIALIZERS = {
    "film_alternate_titles": AlternateTitlesField,
    "video": VideoField,
    "hero_image": HeroImageField,
    "comments_open": CommentsOpenField,
    "comment_count": CommentCountField,
    "tags": TagNamesField,
}


def attach_serializers():
    """Give the feature pages' ``api_fields`` that name no serializer theirs from
    ``SERIALIZERS``: those of ``AbstractVideoFeaturePage`` (the same ``APIField``
    objects its subclasses list) and a subclass's own ``tags``.

    Call it from ``AppConfig.ready()``, before API v3 builds its schemas (see
    ``register_v3_schemas``). A field a site gave a serializer keeps it."""
    for model in [AbstractVideoFeaturePage, *feature_page_models()]:
        for field in model.api_fields:
            if (
                isinstance(field, APIField)
                and field.serializer is None
                and field.name in SERIALIZERS
            ):
                field.serializer = SERIALIZERS[field.name]()
