"""A sentence that opens on "it", the song named before, and names an album only as
the song's place ("It was the first track on her album <i>Y</i>", "It was on his
only album, <i>Y</i>, which is back on vinyl"): the song stays what the next "it"
means ("It topped the German chart"), the album being where the song is, not what
the sentence is about. A sentence about the album ("Its album, <i>Y</i>, went
gold") leaves it to the album."""

import re

from ..prose import match_key
from .record_sources import record_before_title
from .sentences import clean_title
from .track_translations import own_quotes

# Right before the album's title: the record the song is on. "on her album ", "the
# first track on their second LP, ", "from his only album, ".
ON_ALBUM_RE = re.compile(record_before_title(3), re.IGNORECASE)
# "it" at a sentence's head, and what the memory holds for "either" (as discourse
# has them: this module is read by discourse).
IT = frozenset({"it", "it's"})
EITHER = ("other", "")
# How far before the album's title its record noun may open.
LEAD = 60


def it_stays_on_song(ctx, sentence):
    """Make the song "it" meant at the sentence's head, not the album the sentence
    names as its place, what the next "it" means."""
    tokens = sentence.tokens
    if not tokens or tokens[0].text.lower() not in IT:
        return
    quotes = list(own_quotes(sentence))
    if len(quotes) != 1:
        return
    text, start, _end = quotes[0]
    key = match_key(clean_title(text) or text)
    if key not in ctx.albums:
        return
    if not ON_ALBUM_RE.search(sentence.norm[max(0, start - LEAD) : start]):
        return
    song = _song_before(ctx, key)
    if song is not None:
        ctx.remember("track", song)


def _song_before(ctx, album):
    """The key of the track the memory held before the album ``album``, or None."""
    for kind, key in reversed(ctx.recent):
        if (kind, key) in (EITHER, ("album", album)):
            continue
        return key if kind == "track" else None
    return None
