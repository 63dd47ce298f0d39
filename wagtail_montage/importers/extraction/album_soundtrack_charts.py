"""The film's untitled soundtrack album known by the chart it reached: "it is the
reason the album climbed to No. 4 on Billboard's Soundtracks chart". Only records
of films are on a soundtracks chart, so in a post that names no album the record
said to be on one is the film's soundtrack, made here (once) for the chart fact."""

import re

from .album_mentions import titled_album_in
from .discourse import untitled_soundtrack

# A record the sentence speaks of: "the album", "the soundtrack", "the LP".
RECORD_NOUN_RE = re.compile(
    r"\b(?:the|its|that)\s(?:[\w-]{1,20}\s)?(?:album|soundtrack|LP|record)\b",
    re.IGNORECASE,
)
SOUNDTRACK_CHARTS = frozenset({"billboard_soundtracks"})


def soundtrack_on_chart(ctx, sentence, names_album):
    """Whether the sentence puts the film's untitled soundtrack on a soundtracks
    chart; if so it is made. ``names_album`` as for ``titled_album_in``."""
    if ctx.albums or not ctx.post.film_title:
        return False
    if not (
        sentence.charts & SOUNDTRACK_CHARTS and RECORD_NOUN_RE.search(sentence.norm)
    ):
        return False
    if titled_album_in(ctx, names_album):
        return False
    return untitled_soundtrack(ctx, sentence) is not None
