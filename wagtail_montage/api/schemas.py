"""Response and request schemas of the plugin's own API (django-ninja, pydantic)."""

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from .blocks import BodyItem, VideoSegmentItem


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class AlternateTitle(Strict):
    title: str
    year: int | None
    note: str | None


class Film(Strict):
    title: str | None
    year: int | None
    alternate_titles: list[AlternateTitle]


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
    url: str | None = Field(description="The page's public URL")
    detail_url: str = Field(description="This API's URL for the feature")
    teaser: str
    film: Film
    video: Video | None
    image: Image | None
    tags: list[str]
    first_published_at: datetime | None
    last_published_at: datetime | None


class FeatureDetail(FeatureSummary):
    segments: list[VideoSegmentItem]
    body: list[BodyItem]
    comments_open: bool
    comment_count: int
    related: list[FeatureSummary] = Field(
        description="Features that share a person, track or place"
    )
    structured_data: dict[str, Any] = Field(
        description="schema.org JSON-LD of the feature"
    )


class FeatureList(Strict):
    count: int
    items: list[FeatureSummary]


class Comment(Strict):
    id: int
    parent: int | None
    author_name: str
    website: str
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


class CommentIn(BaseModel):
    """A new comment. Unknown keys (status, id, ...) are ignored."""

    model_config = ConfigDict(extra="ignore")

    page: int
    parent: int | None = None
    author_name: str
    email: str
    website: str | None = ""
    body: str
    token: str


class ProblemError(Strict):
    field: str
    message: str


class Problem(Strict):
    """An RFC 7807 problem."""

    type: str = "about:blank"
    title: str
    status: int
    detail: str | None = None
    errors: list[ProblemError] = []
