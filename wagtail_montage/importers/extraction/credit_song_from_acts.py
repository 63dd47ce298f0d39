"""A song described after its title as an act's, the act named after its noun: "“X”,
the jangly single from Boston quartet Kestrel Union", "“X”, a track of the band
Morgenfeld", "“X”, the B-side from the Leeds group the Tin Hares". The act performs
it, or will once the post makes X a track. Without a noun of an act after "from" or "of" nothing is read: "a single from
Y" may be an album's, "a song of 1978" a year's."""

import re

from ..prose import match_key
from .credit_deferred import deferred_song
from .sentences import add_unique, clean_title, names_span

# The title's apposition up to the act's name: a song's noun, "from" or "of", and
# an act's noun with up to three words before it ("Boston quartet", "the band").
SONG_FROM_ACT_RE = re.compile(
    r"^[,\u2019\u201d\"']{1,2}\s(?:a|an|the|another)\s(?:[\w'-]{1,20}\s){0,3}"
    r"(?:single|song|track|tune|number|b-side|ballad|instrumental|anthem|hit)\s"
    r"(?:from|of|by)\s(?:the\s)?(?:[\w'-]{1,20}\s){0,2}"
    r"(?:band|group|duo|trio|quartet|quintet|outfit|combo|act|ensemble|[a-z]{3,6}-piece)"
    r",?\s(?=(?:the\s)?[A-Z])",
    re.IGNORECASE,
)


def songs_from_acts(ctx, sentence, known_track):
    """Credit the act after "“X”, the single from <a noun of an act> A" with
    performing X. ``known_track(ctx, text)``: the track named last in ``text``."""
    for text, _start, end in sentence.quotes:
        found = SONG_FROM_ACT_RE.match(sentence.norm[end - 1 :])
        if found is None:
            found = SONG_FROM_ACT_RE.match(sentence.norm[end:])
            offset = end
        else:
            offset = end - 1
        if found is None:
            continue
        track = known_track(ctx, sentence.norm[:end])
        if track is None:  # a title the post may make a track later
            track = deferred_song(ctx, match_key(clean_title(text)))
        names = names_span(sentence, sentence.index_at(offset + found.end()), limit=1)
        add_unique(track["performers"], names[0])
