"""The StreamBlocks of a feature page: its ``body`` and its video ``segments``."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock

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


class VideoFeatureBodyBlock(blocks.StreamBlock):
    """Everything a feature's body can hold. The child names are public API."""

    paragraph = blocks.RichTextBlock(
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
    image = ImageBlock(
        label=_("Image"),
        template="wagtail_montage/blocks/image.html",
        preview_template=PREVIEW_TEMPLATE,
        preview_value=sample_image,
        description=_("An image from the library, with its alt text."),
    )
    quote = QuoteBlock()
    embed = EmbedBlock(
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
