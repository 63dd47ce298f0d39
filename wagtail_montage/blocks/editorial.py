"""Editorial blocks: ``video_segment``, ``details``, ``related_links``, ``heading``, ``quote``
and the film's alternate titles."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from ..embeds.providers import url_at
from .fields import TimecodeBlock
from .references import TRACK, ReferenceBlock
from .structs import StructBlock
from .validation import raise_field_errors
from .values import format_timecode, parse_timecode


class VideoSegmentValue(blocks.StructValue):
    """A segment with its times in seconds."""

    @property
    def start_seconds(self):
        return parse_timecode(self.get("start"))

    @property
    def end_seconds(self):
        return parse_timecode(self["end"]) if self.get("end") else None

    @property
    def duration_label(self):
        if self.end_seconds is None:
            return ""
        return format_timecode(self.end_seconds - self.start_seconds)

    def chapter_url(self, video_url):
        """The provider's own URL for the video, starting at this segment (or None)."""
        return url_at(video_url, self.start_seconds) if video_url else None


class VideoSegmentBlock(StructBlock):
    """A part of the video (a chapter), optionally set to one of the page's tracks."""

    label = blocks.CharBlock(max_length=255, label=_("Label"))
    start = TimecodeBlock(
        label=_("Start"), help_text=_("mm:ss or h:mm:ss, e.g. 0:00 or 1:02:30.")
    )
    end = TimecodeBlock(
        required=False,
        label=_("End"),
        help_text=_("mm:ss or h:mm:ss; after the start."),
    )
    track_title = ReferenceBlock(
        TRACK,
        label=_("Music: track"),
        help_text=_(
            "The track block of the body that plays under this segment: pick its "
            "title from the list as you type. Leave blank if none."
        ),
    )
    description = blocks.TextBlock(required=False, label=_("Description"))

    def clean(self, value):
        value = super().clean(value)
        if value.get("end") and parse_timecode(value["end"]) <= parse_timecode(
            value["start"]
        ):
            raise_field_errors({"end": _("The end must come after the start.")})
        return value

    def get_api_representation(self, value, context=None):
        data = super().get_api_representation(value, context)
        data["start_seconds"] = value.start_seconds
        data["end_seconds"] = value.end_seconds
        return data

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        page = context.get("page")
        context["chapter_url"] = value.chapter_url(getattr(page, "video_url", ""))
        return context

    class Meta:
        icon = "media"
        label = _("Video segment")
        template = "wagtail_montage/blocks/video_segment.html"
        preview_template = "wagtail_montage/blocks/preview.html"
        value_class = VideoSegmentValue
        description = _("A chapter of the video, with the track it is set to.")
        preview_value = {
            "label": "Training in the snow",
            "start": "0:00",
            "end": "3:20",
            "track_title": "Training Montage",
            "description": "",
        }


class DetailRowBlock(StructBlock):
    label = blocks.CharBlock(max_length=100, label=_("Label"))
    value = blocks.CharBlock(max_length=500, label=_("Value"))

    class Meta:
        icon = "list-ul"
        label = _("Row")


class DetailsBlock(StructBlock):
    """A box of key facts as label/value rows."""

    title = blocks.CharBlock(
        required=False, max_length=100, default=_("Details"), label=_("Box title")
    )
    rows = blocks.ListBlock(DetailRowBlock(), min_num=1, label=_("Rows"))

    class Meta:
        icon = "table"
        label = _("Details")
        template = "wagtail_montage/blocks/details.html"
        preview_template = "wagtail_montage/blocks/preview.html"
        description = _("A box of key facts about the film, as label and value rows.")
        preview_value = {
            "title": "Details",
            "rows": [
                {"label": "Film", "value": "Rocky IV (1985)"},
                {"label": "Music", "value": "Vince DiCola"},
            ],
        }


class RelatedLinkValue(blocks.StructValue):
    @property
    def href(self):
        page = self.get("page")
        if page:
            return page.url
        return self.get("url") or ""

    @property
    def link_title(self):
        page = self.get("page")
        return self.get("title") or (page.title if page else self.get("url"))


class RelatedLinkBlock(StructBlock):
    title = blocks.CharBlock(
        required=False,
        max_length=255,
        label=_("Title"),
        help_text=_(
            "Required for an external URL; for a page of this site, leave blank "
            "to use the page's title."
        ),
    )
    page = blocks.PageChooserBlock(
        required=False,
        label=_("Page on this site"),
        help_text=_("Either a page of this site or an external URL, not both."),
    )
    url = blocks.URLBlock(
        required=False,
        label=_("External URL"),
        help_text=_("Either an external URL or a page of this site, not both."),
    )

    def get_api_representation(self, value, context=None):
        page = value.get("page")
        request = (context or {}).get("request")
        page_url = page.get_url(request=request) if page else None
        return {
            "title": str(value.link_title or ""),
            "url": page_url if page else (value.get("url") or None),
            "page": {"id": page.pk, "title": page.title, "url": page_url}
            if page
            else None,
            "external": page is None,
        }

    def clean(self, value):
        value = super().clean(value)
        if value.get("page") and value.get("url"):
            raise_field_errors(
                {"url": _("Choose a page or enter a URL, not both: clear one.")}
            )
        if not value.get("page") and not value.get("url"):
            raise_field_errors(
                {"page": _("Choose a page of this site, or enter an external URL.")}
            )
        if value.get("url") and not value.get("title"):
            raise_field_errors(
                {"title": _("An external URL needs a title: type one here.")}
            )
        return value

    class Meta:
        icon = "link"
        label = _("Link")
        value_class = RelatedLinkValue


class RelatedLinksBlock(StructBlock):
    """Links to more pages about the film: the post's "More info and movies"."""

    heading = blocks.CharBlock(
        required=False,
        max_length=100,
        default=_("More info and movies"),
        label=_("Heading"),
    )
    links = blocks.ListBlock(RelatedLinkBlock(), min_num=1, label=_("Links"))

    class Meta:
        icon = "link"
        label = _("Related links")
        template = "wagtail_montage/blocks/related_links.html"
        preview_template = "wagtail_montage/blocks/preview.html"
        description = _("Links to pages on this site or elsewhere about the film.")
        preview_value = {
            "heading": "More info and movies",
            "links": [
                {
                    "title": "Rocky IV on Wikipedia",
                    "url": "https://en.wikipedia.org/wiki/Rocky_IV",
                }
            ],
        }


class HeadingBlock(StructBlock):
    """A section heading."""

    text = blocks.CharBlock(max_length=255, label=_("Text"))
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Level 2")), ("h3", _("Level 3")), ("h4", _("Level 4"))],
        default="h2",
        label=_("Level"),
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "wagtail_montage/blocks/heading.html"
        preview_template = "wagtail_montage/blocks/preview.html"
        description = _("A section heading.")
        preview_value = {"text": "The music", "level": "h2"}


class QuoteBlock(StructBlock):
    """A quotation with its source."""

    text = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(
        required=False, max_length=255, label=_("Attribution")
    )

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "wagtail_montage/blocks/quote.html"
        preview_template = "wagtail_montage/blocks/preview.html"
        description = _("A quotation, with who said it.")
        preview_value = {"text": "If he dies, he dies.", "attribution": "Ivan Drago"}


class AlternateTitleBlock(StructBlock):
    """Another title the film is known by, such as a re-release title."""

    title = blocks.CharBlock(max_length=255, label=_("Title"))
    year = blocks.IntegerBlock(
        required=False, min_value=1880, max_value=2100, label=_("Year")
    )
    note = blocks.CharBlock(
        required=False,
        max_length=255,
        label=_("Note"),
        help_text=_("e.g. director's cut re-release."),
    )

    class Meta:
        icon = "doc-full"
        label = _("Alternate title")
