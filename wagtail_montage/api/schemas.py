"""Response and request schemas of the plugin's own API (django-ninja, pydantic).

Empty values follow one rule (the same as in ``.blocks``): text an editor or a
reader may leave blank is ``""``, never null; null means "none" (no film year,
no image, a URL or provider that is not known).

The request schema of a comment is in ``.comments``, beside the form's rules
it follows.
"""

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictInt

from .blocks import BodyItem, VideoSegmentItem

# The largest id of a (signed 32-bit) integer column, on every database.
MAX_ID = 2**31 - 1

Id = Annotated[StrictInt, Field(ge=1, le=MAX_ID)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class AlternateTitle(Strict):
    title: str
    year: int | None
    note: str


class Film(Strict):
    title: str
    year: int | None
    alternate_titles: list[AlternateTitle]
    imdb_id: str = Field(description='IMDb title id, e.g. tt0089927, or ""')
    wikidata_id: str = Field(description='Wikidata item id, e.g. Q42, or ""')


class Video(Strict):
    url: str
    provider: str | None = Field(description="YouTube or Vimeo when known from the URL")
    thumbnail_url: str | None
    embed_url: str | None = Field(description="Privacy-enhanced player URL")


class Image(Strict):
    url: str
    width: int
    height: int
    alt: str


class FeatureSummary(Strict):
    id: int
    title: str
    slug: str
    url: str | None = Field(description="The page's public URL (null: not routable)")
    detail_url: str = Field(description="This API's URL for the feature")
    teaser: str
    film: Film
    video: Video | None
    image: Image | None
    tags: list[str]
    first_published_at: datetime | None
    last_published_at: datetime | None


class StructuredDataNode(BaseModel):
    """A schema.org node: its ``@type``, an ``@id`` when others refer to it, and
    schema.org properties (open: schema.org adds them)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True)

    type: str = Field(alias="@type", description="The schema.org type, e.g. WebPage")


class StructuredData(BaseModel):
    """A JSON-LD document: the ``@context`` and a ``@graph`` of nodes."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    context: Literal["https://schema.org"] = Field(alias="@context")
    graph: list[StructuredDataNode] = Field(alias="@graph", min_length=1)


class FeatureDetail(FeatureSummary):
    segments: list[VideoSegmentItem]
    body: list[BodyItem]
    chapters_url: str | None = Field(
        description="The segments as a WebVTT chapters file (null: not routable)"
    )
    comments_open: bool
    comment_count: int
    related: list[FeatureSummary] = Field(
        description="Features that share a person, track or place"
    )
    structured_data: StructuredData = Field(
        description="schema.org JSON-LD of the feature"
    )


class FeatureList(Strict):
    count: int
    items: list[FeatureSummary]


class Comment(Strict):
    id: int
    parent: int | None = Field(description="The comment this replies to")
    author_name: str
    website: str = Field(description='The author\'s website, or "" when none')
    body: str = Field(description="Plain text: escape it when you render it")
    created_at: datetime


class CommentList(Strict):
    count: int
    items: list[Comment]


class PostedComment(Comment):
    status: Literal["pending", "approved"]


class CommentToken(Strict):
    page: int
    token: str
    valid_from: datetime
    expires_at: datetime


class ProblemError(Strict):
    field: str = Field(description="The field or parameter, or body")
    message: str


class Problem(Strict):
    """An RFC 7807 problem."""

    type: Literal["about:blank"] = "about:blank"
    title: str
    status: int = Field(ge=400, le=599)
    detail: str = Field("", description="Absent when the title says it all")
    errors: list[ProblemError]
