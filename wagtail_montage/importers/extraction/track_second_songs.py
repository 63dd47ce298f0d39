"""A second song of the film, quoted after the words that count it: "There is also
a second song, at the end, “X”", "a second Ferrante composition, “X”", "the
orchestra slips into a second, gentler piece, “X”", "the credits roll over a third
number, “X”". Once the post has a song of the film, the next one it counts is the
film's too.

Guards: the post must already hold a track (the first the count goes on from);
the count, its noun and the title stand in one clause, the title at most sixty
characters after the noun; the sentence says nothing of the song being left out,
wished for, only planned or from elsewhere ("I tried to get them to use a second
song of theirs, “X”", "a second song, “X”, was cut"), nor of the singer's career
("her second song on the radio, “X”"). Every pattern is bounded,
with no nested quantifier."""

import re

from .offer_tracks import ELSEWHERE_RE, NOT_IN_FILM_RE

# Before the title, in its clause: "a second song", "a third Penedo composition",
# "a second, gentler piece".
SECOND_RE = re.compile(
    r"\b(?:a|one)\s(?:second|third|fourth),?\s(?:[\w'\u2019-]{1,20}\s){0,3}?"
    r"(?:song|number|piece|cue|track|duet|ballad|composition|instrumental|tune)\b"
    r"[^.;:!?\ue000\ue001]{0,60}$",
    re.IGNORECASE,
)
# In the sentence: the song is not the film's after all.
LEFT_OUT_RE = re.compile(
    r"\b(?:tried|try|trying|wanted|hoped|meant|originally|cut|dropped|removed"
    r"|replaced|left\sout|scrapped|shelved|another\sfilm|other\sfilm|sequel|remake"
    r"|radio|career|hits?)\b",
    re.IGNORECASE,
)


def second_song(ctx, sentence, start):
    """Whether the words before the quoted title at ``start`` count it as the
    film's next song, once the post has one."""
    norm = sentence.norm
    return bool(
        ctx.tracks
        and SECOND_RE.search(norm[max(0, start - 110) : start])
        and not LEFT_OUT_RE.search(norm)
        and not ELSEWHERE_RE.search(norm)
        and not NOT_IN_FILM_RE.search(norm)
    )
