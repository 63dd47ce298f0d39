"""A song's players named after its title: "“X”, the main theme, composed by A and
played by the B Orchestra", "the instrumental “X” takes over, again an A
composition, played by the B Strings", "“X”: by A, played by the B Quartet". The
names after "played by" perform the song quoted last before it in the sentence.

Not read: a sentence about a part ("Tom, played by A, ...", "the role", "the
actor": the words of acting), another quote or a semicolon between the title and
"played by", a name just before it that no "by" or possessive explains ("we see
Tom, played by A": a character), a station or a disc jockey ("played by Radio B")."""

import re

from ..prose import match_key
from .credit_tracks import is_title
from .credit_words import ACTING_RE
from .sentences import add_unique, clean_title, names_span

PLAYED_BY_RE = re.compile(r"\bplayed\s(?:here\s|again\s|live\s)?by\s")
# A capitalised word just before ", played by": a character, unless a credit or a
# possessive explains it ("by A B, played by", "was A's, played by").
CAPITAL_BEFORE_RE = re.compile(r"\b[A-Z][\w'-]*,?\s$")
NOT_PLAYERS = frozenset({"radio", "fm", "dj", "station", "deejay"})
MAX_GAP = 160


def played_after_title(ctx, sentence):
    """Credit as performers the names after "played by" to the title before it."""
    norm = sentence.norm
    if ACTING_RE.search(norm):
        return
    for match in PLAYED_BY_RE.finditer(norm):
        track = title_before(ctx, sentence, match.start())
        if track is None:
            continue
        names, _end = names_span(sentence, sentence.index_at(match.end()))
        names = [
            name
            for name in names
            if not is_title(ctx, name)
            and not NOT_PLAYERS & set(name.casefold().split())
        ]
        add_unique(track["performers"], names)


def title_before(ctx, sentence, start):
    """The track quoted last before ``start``, with no clause break or character
    between them; or None."""
    last = next(sentence.quotes_within(0, start), None)
    if last is None:
        return None
    text, _qstart, end = last
    gap = sentence.norm[end:start]
    if (
        len(gap) > MAX_GAP
        or ";" in gap
        or any(q in gap for q in '\ue000\ue001\u201c\u201d"')
    ):
        return None
    if CAPITAL_BEFORE_RE.search(gap) and not _explained(gap):
        return None
    return ctx.tracks.get(match_key(clean_title(text)))


def _explained(gap):
    """ "by A B, " or "A's, " before "played by": the name is the song's writer."""
    last = gap.rstrip(", ")
    return last.endswith(("'s", "\u2019s")) or bool(
        re.search(r"\bby\s(?:[A-Z][\w'-]*\s?){1,4}$", last)
    )
