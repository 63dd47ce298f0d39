"""Music blocks: ``track`` and ``album``."""

from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from .fields import PartialDateBlock
from .identifiers import IdentifierBlock

TRACK_USAGE_CHOICES = [
    ("background", _("Background music")),
    ("featured", _("Featured song")),
    ("score", _("Score")),
    ("end_credits", _("End credits")),
    ("other", _("Other")),
]


class TrackValue(blocks.StructValue):
    @property
    def usage_label(self):
        return dict(TRACK_USAGE_CHOICES).get(self.get("usage"), "")

    @property
    def anchor(self):
        """The id of the track in the page, for links from segments and the soundtrack table."""
        return "track-" + slugify(self.get("title") or "")


class TrackBlock(blocks.StructBlock):
    """A piece of music heard in the video: who wrote it, who plays it, how it is used."""

    def get_api_representation(self, value, context=None):
        data = super().get_api_representation(value, context)
        data["usage_label"] = str(value.usage_label)
        return data

    title = blocks.CharBlock(max_length=255, label=_("Title"))
    composers = blocks.ListBlock(
        blocks.CharBlock(max_length=255, label=_("Composer")),
        default=[],
        label=_("Composers"),
        help_text=_("Who wrote the music (and words), one person per item."),
    )
    performers = blocks.ListBlock(
        blocks.CharBlock(max_length=255, label=_("Performer")),
        default=[],
        label=_("Performers"),
        help_text=_("Who plays or sings it: a person or a band, one per item."),
    )
    usage = blocks.ChoiceBlock(
        choices=TRACK_USAGE_CHOICES,
        default="featured",
        label=_("Usage"),
        help_text=_("How the film uses the track."),
    )
    album_title = blocks.CharBlock(
        required=False,
        max_length=255,
        label=_("Album title"),
        help_text=_(
            "The album the track appears on; match an album block's title to link them."
        ),
    )
    notes = blocks.TextBlock(required=False, label=_("Notes"))
    isrc = IdentifierBlock(
        "isrc",
        label=_("ISRC"),
        help_text=_("The recording's International Standard Recording Code."),
    )
    musicbrainz_id = IdentifierBlock(
        "musicbrainz",
        label=_("MusicBrainz recording id"),
        help_text=_("The MBID of the recording, from its MusicBrainz page."),
    )
    wikidata_id = IdentifierBlock(
        "wikidata",
        label=_("Wikidata item"),
        help_text=_("The song's Wikidata item, such as Q42."),
    )

    class Meta:
        icon = "pick"
        label = _("Track")
        value_class = TrackValue
        template = "wagtail_montage/blocks/track.html"
        preview_template = "wagtail_montage/blocks/preview.html"
        form_classname = "montage-track-block struct-block"
        description = _(
            "A piece of music in the video, with its composers and performers."
        )
        preview_value = {
            "title": "Heart's on Fire",
            "composers": ["Vince DiCola", "Joe Esposito", "Ed Fruge"],
            "performers": ["John Cafferty"],
            "usage": "featured",
            "album_title": "Rocky IV: Original Motion Picture Soundtrack",
            "notes": "",
        }


class AlbumBlock(blocks.StructBlock):
    """A record the music was released on."""

    def get_api_representation(self, value, context=None):
        data = super().get_api_representation(value, context)
        date = value.get("release_date")
        data["release_date_precision"] = date.precision if date else None
        return data

    title = blocks.CharBlock(max_length=255, label=_("Title"))
    artist = blocks.CharBlock(
        required=False,
        max_length=255,
        label=_("Artist"),
        help_text=_("Leave blank for a various-artists soundtrack."),
    )
    record_label = blocks.CharBlock(
        required=False, max_length=255, label=_("Record label")
    )
    release_date = PartialDateBlock(required=False, label=_("Release date"))
    notes = blocks.TextBlock(required=False, label=_("Notes"))
    musicbrainz_id = IdentifierBlock(
        "musicbrainz",
        label=_("MusicBrainz release group id"),
        help_text=_("The MBID of the release group, from its MusicBrainz page."),
    )
    wikidata_id = IdentifierBlock(
        "wikidata",
        label=_("Wikidata item"),
        help_text=_("The album's Wikidata item, such as Q42."),
    )

    class Meta:
        icon = "list-ul"
        label = _("Album")
        template = "wagtail_montage/blocks/album.html"
        preview_template = "wagtail_montage/blocks/preview.html"
        description = _("A soundtrack or album, its label and release date.")
        preview_value = {
            "title": "Rocky IV: Original Motion Picture Soundtrack",
            "artist": "",
            "record_label": "Scotti Bros. Records",
            "release_date": "1985-11-27",
            "notes": "",
        }
