"""Typed JSON of every body block, as pydantic models.

The blocks' ``get_api_representation`` produce this JSON; these models describe
it, for Wagtail API v3's OpenAPI document and the plugin's own API, so a front
end can generate types. ``tests/test_api_blocks.py`` checks the two agree.

One rule for empty values: text an editor may leave blank is ``""``, never null
(as Wagtail's own blocks give it). Null means "none": a choice not made and the
labels derived from it, a date or number not given, a URL that does not exist
(an unrouted page, a setting with no map, a provider not recognised).
"""

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

TrackUsage = Literal["background", "featured", "score", "end_credits", "other"]

# Identifiers in their canonical spelling, "" when the editor gave none.
ISRC = Field(description='ISRC, e.g. USS1Z9900001, or ""')
WIKIDATA = Field(description='Wikidata item id, e.g. Q42, or ""')


class Value(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Credit(Value):
    name: str
    role: str = Field(description='e.g. "music", "lyrics", or ""')
    musicbrainz_id: str = Field(description='MusicBrainz artist id, or ""')
    wikidata_id: str = WIKIDATA


class PerformerCredit(Credit):
    kind: Literal["person", "group"] = Field(
        description="schema.org Person or MusicGroup"
    )


class TrackValue(Value):
    title: str
    composers: list[str] = Field(description="Names; composer_credits adds roles")
    performers: list[str] = Field(description="Names; performer_credits adds roles")
    composer_credits: list[Credit]
    performer_credits: list[PerformerCredit]
    usage: TrackUsage
    usage_label: str
    album_title: str = Field(description='Title of an album block of the page, or ""')
    notes: str
    isrc: str = ISRC
    musicbrainz_id: str = Field(description='MusicBrainz recording id, or ""')
    wikidata_id: str = WIKIDATA


class AlbumValue(Value):
    title: str
    artist: str
    record_label: str
    release_date: str | None = Field(
        description="ISO 8601 to its precision: 1985-11-27, 1985-11 or 1985"
    )
    release_date_precision: Literal["day", "month", "year"] | None
    notes: str
    musicbrainz_id: str = Field(description='MusicBrainz release group id, or ""')
    wikidata_id: str = WIKIDATA


class ChartFactBase(Value):
    subject_title: str = Field(
        description="Title of a track or album block of the page"
    )
    subject_kind: Literal["track", "album"]
    artist: str
    year: int | None = Field(description="Year of the peak or of the certification")
    source_url: str
    note: str


class ChartPeakValue(ChartFactBase):
    """A chart peak: the certification fields are always null."""

    fact_kind: Literal["chart_peak"]
    chart: str = Field(
        description="Chart key, e.g. billboard_hot_100; 'other' uses chart_other"
    )
    chart_other: str
    chart_name: str
    position: int = Field(
        ge=1, description="Peak position; with top_n, the N of 'top N'"
    )
    top_n: bool
    position_label: str
    weeks_at_peak: int | None
    certifier: None
    certifier_other: Literal[""]
    certifier_name: None
    level: None
    multiplier: None
    level_label: None


class CertificationValue(ChartFactBase):
    """A sales certification: the chart peak fields are always null."""

    fact_kind: Literal["certification"]
    certifier: str = Field(
        description="Certifier key, e.g. riaa; 'other' uses certifier_other"
    )
    certifier_other: str
    certifier_name: str
    level: Literal["silver", "gold", "platinum", "diamond"]
    multiplier: int | None
    level_label: str = Field(description="e.g. 'Platinum' or '9x Platinum'")
    chart: None
    chart_other: Literal[""]
    chart_name: None
    position: None
    top_n: Literal[False]
    position_label: None
    weeks_at_peak: None


ChartFactValue = Annotated[
    ChartPeakValue | CertificationValue, Field(discriminator="fact_kind")
]


class LocationValue(Value):
    name: str
    kind: Literal["filming_location", "setting", "studio", "other"]
    kind_label: str
    region: str
    country: str
    stood_in_for: str = Field(description="The place the film presents it as")
    latitude: float | None = Field(ge=-90, le=90)
    longitude: float | None = Field(ge=-180, le=180)
    note: str
    wikidata_id: str = WIKIDATA
    map_url: str | None


class VideoSegmentValue(Value):
    label: str
    start: str = Field(description="mm:ss or h:mm:ss")
    end: str
    start_seconds: int
    end_seconds: int | None
    track_title: str = Field(
        description='Title of the track block of the body it is set to, or ""'
    )
    description: str


class DetailRow(Value):
    label: str
    value: str


class DetailsValue(Value):
    title: str
    rows: list[DetailRow]


class LinkedPage(Value):
    id: int
    title: str
    url: str | None


class RelatedLink(Value):
    title: str
    url: str | None
    page: LinkedPage | None
    external: bool


class RelatedLinksValue(Value):
    heading: str
    links: list[RelatedLink]


class HeadingValue(Value):
    text: str
    level: Literal["h2", "h3", "h4"]


class QuoteValue(Value):
    text: str
    attribution: str


class ImageValue(Value):
    id: int
    title: str
    alt: str
    decorative: bool
    url: str
    width: int
    height: int


class EmbedValue(Value):
    url: str
    provider: str | None
    thumbnail_url: str | None
    embed_url: str | None


def _item(type_name, value_type, class_name):
    return type(
        class_name,
        (Value,),
        {
            "__annotations__": {
                "type": Literal[type_name],
                "id": str | None,
                "value": value_type,
            },
            "__module__": __name__,
        },
    )


ParagraphItem = _item("paragraph", str, "ParagraphItem")
HeadingItem = _item("heading", HeadingValue, "HeadingItem")
ImageItem = _item("image", ImageValue | None, "ImageItem")
QuoteItem = _item("quote", QuoteValue, "QuoteItem")
EmbedItem = _item("embed", EmbedValue | None, "EmbedItem")
TrackItem = _item("track", TrackValue, "TrackItem")
AlbumItem = _item("album", AlbumValue, "AlbumItem")
ChartFactItem = _item("chart_fact", ChartFactValue, "ChartFactItem")
LocationItem = _item("location", LocationValue, "LocationItem")
DetailsItem = _item("details", DetailsValue, "DetailsItem")
RelatedLinksItem = _item("related_links", RelatedLinksValue, "RelatedLinksItem")
VideoSegmentItem = _item("video_segment", VideoSegmentValue, "VideoSegmentItem")

BodyItem = Annotated[
    ParagraphItem
    | HeadingItem
    | ImageItem
    | QuoteItem
    | EmbedItem
    | TrackItem
    | AlbumItem
    | ChartFactItem
    | LocationItem
    | DetailsItem
    | RelatedLinksItem,
    Field(discriminator="type"),
]
