"""What the importers hand each other: a parsed post, its comments, the problems found.

source file(s) -> html/ or wordpress.py -> ParsedPost (extraction/ adds fact blocks)
-> build/ -> draft feature page (+ ReaderComments, redirect, images) -> report
"""

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal


class SourceError(Exception):
    """A source that cannot be imported; the message names the source and what was wrong."""

    def __init__(self, source, message):
        super().__init__(f"{source}: {message}")
        self.source = source
        self.message = message


@dataclass
class ParsedComment:
    source_id: str
    parent_source_id: str | None
    author_name: str
    email: str
    website: str
    body: str  # plain text
    created_at: datetime | None
    status: Literal["approved", "pending"]


@dataclass
class ParsedImage:
    src: str  # as found in the post (URL or path)
    alt: str = ""


@dataclass
class ParsedPost:
    source: str  # the file, or "export.xml#post-42"
    key: str  # guid, URL or content hash: how --update recognises it again
    title: str
    teaser: str = ""
    film_title: str = ""
    film_year: int | None = None
    slug: str = ""
    published_at: datetime | None = None
    # "publish" only for posts that were published at the source.
    status: Literal["publish", "draft"] = "draft"
    tags: list[str] = field(default_factory=list)
    video_url: str = ""
    # StreamField data of the body: ("paragraph", html), ("heading", {...}),
    # ("quote", {...}), ("embed", url), ("image", ParsedImage), and fact blocks
    # ("track", {...}), ("album", {...}), ("chart_fact", {...}), ("location", {...}).
    body: list[tuple[str, Any]] = field(default_factory=list)
    old_url: str = ""  # the post's URL at the source, for a redirect
    featured_image: ParsedImage | None = None  # WordPress's _thumbnail_id: the hero
    author: str = ""  # the author's login at the source
    author_name: str = ""  # their display name there, when the source says it
    comments: list[ParsedComment] = field(default_factory=list)
    facts: list[dict] = field(default_factory=list)  # extracted facts, for the report
    suggestions: list[str] = field(default_factory=list)  # facts too unsure to add
    # The same as {message, sentence, kind, value}: value the block an editor may
    # accept in the review (None when the suggestion would not make one).
    suggested: list[dict] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
