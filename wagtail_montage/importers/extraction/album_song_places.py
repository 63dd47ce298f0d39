"""An album named as the place of the song the sentence is about: "“X” peaked at
No. 17 and turned up on the band's only album, <i>Y</i>", "“X” plays over the
montage, and it's the only thing on the album with a voice". The song stays what
the next "it" means ("It did not chart in Britain", "Kessarine wrote it"): the
album is where it is, not what the sentence is about."""

import re

from ..prose import match_key
from .record_sources import record_ahead
from .sentences import clean_title
from .track_translations import own_quotes

# After the song's title: a record it is on. "on the album", "off Ada Moon's
# second LP", "from their only record".
ON_RECORD_RE = re.compile(record_ahead(4))
# Before the song's title, at the head of the sentence: a few words at most ("In
# 1976 ", "Then ").
HEAD_RE = re.compile(r"^(?:[\w,-]{1,15}\s){0,3}\W?$")


def song_stays_topic(ctx, sentence):
    """Make the sentence's song, not the album it names as the song's place, what
    the next "it" means."""
    quotes = list(own_quotes(sentence))
    recent = ctx.recent[-2:]
    if recent and recent[-1] == ("other", ""):
        recent = recent[:-1]  # the album, then "either" (see song_then_album)
    if not quotes or not recent or recent[-1][0] != "album":
        return
    text, start, end = quotes[0]
    key = match_key(clean_title(text) or text)
    if key not in ctx.tracks or not HEAD_RE.match(sentence.norm[:start]):
        return
    if ON_RECORD_RE.search(sentence.norm[end:]):
        ctx.remember("track", key)
