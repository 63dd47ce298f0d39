"""The StreamBlocks of a feature page: its ``body`` and its video ``segments``."""

from django.db.models import prefetch_related_objects
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock
from wagtail.rich_text import expand_db_html

from ..caching.representations import keep, stream_digest
from ..compat import APIRichText
from ..conf import get_setting
from ..embeds.providers import parse_video_url, player_url, provider_name, thumbnail_url
from .charts import ChartFactBlock
from .editorial import (
    AlternateTitleBlock,
    DetailsBlock,
    HeadingBlock,
    QuoteBlock,
    RelatedLinksBlock,
    VideoSegmentBlock,
)
from .music import AlbumBlock, TrackBlock
from .places import LocationBlock

PREVIEW_TEMPLATE = "wagtail_montage/blocks/preview.html"

# Rich text features of the paragraph block: what a feature post needs, no more.
PARAGRAPH_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]


def sample_image():
    """The newest image in the library, for the block picker's preview of ``image``."""
    from wagtail.images import get_image_model

    return get_image_model().objects.order_by("-pk").first()


def api_rich_text_format(context):
    request = (context or {}).get("request")
    requested = request.GET.get("rich_text_format") if request else None
    return APIRichText.resolve_format(requested or "html")


# Joins paragraphs so that their internal links are expanded in one pass.
PARAGRAPH_SEPARATOR = "<!--wagtail-montage-paragraph-->"


class ParagraphBlock(blocks.RichTextBlock):
    """Wagtail's rich text; in the API as display HTML (internal links expanded)
    unless the request asks for another ``rich_text_format``."""

    def get_api_representation(self, value, context=None):
        format = api_rich_text_format(context)
        if format == "html" and expanded_html(value) is not None:
            return expanded_html(value)
        return APIRichText.serialize(value.source, format=format)


def expanded_html(value):
    """A paragraph's display HTML if ``expand_paragraphs`` gave it one, else None."""
    return getattr(value, "montage_expanded_html", None)


def expand_paragraphs(values):
    """Give many paragraphs (``RichText`` values) their display HTML with one
    expansion (one query per link type, not per paragraph): each value holds its
    own as ``montage_expanded_html``, read by ``expanded_html`` (the API and the
    ``paragraph_html`` template tag). A value that has it already is skipped."""
    values = [value for value in values if expanded_html(value) is None]
    if not values:
        return
    joined = expand_db_html(PARAGRAPH_SEPARATOR.join(value.source for value in values))
    parts = joined.split(PARAGRAPH_SEPARATOR)
    if len(parts) != len(values):  # a paragraph held the separator itself
        return
    for value, part in zip(values, parts, strict=True):
        value.montage_expanded_html = part


class FeatureImageBlock(ImageBlock):
    """Wagtail's image with alt text; in the API as a rendition with its size and alt."""

    def get_api_representation(self, value, context=None):
        if value is None:
            return None
        rendition = value.get_rendition(get_setting("API_IMAGE_RENDITION"))
        return {
            "id": value.pk,
            "title": value.title,
            "alt": "" if value.decorative else (value.contextual_alt_text or ""),
            "decorative": bool(value.decorative),
            "url": rendition.url,
            "width": rendition.width,
            "height": rendition.height,
        }


class FeatureEmbedBlock(EmbedBlock):
    """Wagtail's embed; in the API with its provider and player when known."""

    def get_api_representation(self, value, context=None):
        if value is None:
            return None
        ref = parse_video_url(value.url)
        return {
            "url": value.url,
            "provider": provider_name(ref) if ref else None,
            "thumbnail_url": (thumbnail_url(ref) if ref else None),
            "embed_url": player_url(ref) if ref else None,
        }


def prefetch_renditions(images):
    """Load the renditions of many images in one query, for templates and the API."""
    images = [image for image in images if image is not None]
    if images:
        prefetch_related_objects(images, "renditions")


class VideoFeatureBodyBlock(blocks.StreamBlock):
    """Everything a feature's body can hold. The child names are public API."""

    def get_api_representation(self, value, context=None):
        if value is None:
            return []
        format = api_rich_text_format(context)
        block_class = type(self)
        return keep(
            "body",
            (
                f"{block_class.__module__}.{block_class.__qualname__}",
                stream_digest(value),
                format,
            ),
            context,
            lambda: self.compute_api_representation(value, format, context),
        )

    def compute_api_representation(self, value, format, context):
        prefetch_renditions(
            child.value for child in value if child.block_type == "image"
        )
        if format == "html":
            expand_paragraphs(
                child.value
                for child in value
                if isinstance(child.block, ParagraphBlock)
            )
        return super().get_api_representation(value, context)

    paragraph = ParagraphBlock(
        features=PARAGRAPH_FEATURES,
        label=_("Paragraph"),
        icon="pilcrow",
        template="wagtail_montage/blocks/paragraph.html",
        preview_template=PREVIEW_TEMPLATE,
        preview_value=(
            "<p>Two training sequences, one in a barn and one on a mountain, "
            "each cut to its own song.</p>"
        ),
        description=_("Text with bold, italic, links and lists."),
    )
    heading = HeadingBlock()
    image = FeatureImageBlock(
        label=_("Image"),
        template="wagtail_montage/blocks/image.html",
        preview_template=PREVIEW_TEMPLATE,
        preview_value=sample_image,
        description=_("An image from the library, with its alt text."),
    )
    quote = QuoteBlock()
    embed = FeatureEmbedBlock(
        label=_("Embed"),
        icon="media",
        template="wagtail_montage/blocks/embed.html",
        preview_template=PREVIEW_TEMPLATE,
        preview_value="https://www.youtube.com/watch?v=UbEhCQqqHJA",
        description=_(
            "A video or other media from a URL (YouTube, Vimeo, other oEmbed sites)."
        ),
    )
    track = TrackBlock()
    album = AlbumBlock()
    chart_fact = ChartFactBlock()
    location = LocationBlock()
    details = DetailsBlock()
    related_links = RelatedLinksBlock()

    class Meta:
        block_counts = {"details": {"max_num": 1}}


class VideoSegmentsBlock(blocks.StreamBlock):
    """The chapters of the feature's video."""

    video_segment = VideoSegmentBlock()


class AlternateTitlesBlock(blocks.StreamBlock):
    """Other titles of the film."""

    alternate_title = AlternateTitleBlock()
