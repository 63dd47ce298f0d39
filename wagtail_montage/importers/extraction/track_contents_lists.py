"""A list of songs under a heading of a book's or a box's contents ("Contents",
"What's inside", "In this book", "Included"), when the paragraph before the heading
says what it gathers are songs from the film: "Eight favourites from the film,
arranged for voice and piano", "twelve songs from the musical". A songbook's or a
record's product page lists its titles so, with no quotes and no word of songs in
the heading; each item is then read as a tracklist's item is.

Guards: the heading must be only such a word of contents (a few words at most);
the paragraph right before it must name songs, numbers, favourites or tunes "from
the film" (the movie, the picture, the musical, the show or its soundtrack); a box's
contents ("1 × LP in a gatefold sleeve") under a heading with no such paragraph, or
a paragraph about something else ("favourites from our shop"), make nothing. Every
pattern is bounded, with no nested quantifier."""

import re

from .sentences import paragraph_text

# The heading: "Contents", "What's inside", "In this book", "Included", "Inside".
CONTENTS_RE = re.compile(
    r"^(?:the\s)?(?:contents|table\sof\scontents|what['\u2019]s\sinside|what['\u2019]s"
    r"\sincluded|inside|included|in\sthis\s(?:book|collection|edition|volume|set))\W{0,2}$",
    re.IGNORECASE,
)
# The paragraph before it: songs from the film. "eight favourites from the film",
# "the songs from the musical", "twelve numbers from the picture".
SONGS_FROM_FILM_RE = re.compile(
    r"\b(?:songs|numbers|favourites|favorites|tunes|tracks|hits|pieces|cues)\s(?:from"
    r"|of|in)\s(?:the|this|that)\s(?:film|movie|picture|musical|show|soundtrack)\b"
    r"(?!['\u2019])",
    re.IGNORECASE,
)


def songs_contents(ctx, heading):
    """Whether the heading is a list of contents that the paragraph before it says
    are songs from the film."""
    if not CONTENTS_RE.match(heading.norm.strip()):
        return False
    body = ctx.post.body
    index = heading.paragraph - 1
    while index >= 0 and body[index][0] != "paragraph":
        index -= 1  # an embed or an image between the paragraph and the heading
    if index < 0 or not isinstance(body[index][1], str):
        return False
    return bool(SONGS_FROM_FILM_RE.search(paragraph_text(body[index][1])))
