"""Credits in a song's fact sheet, labels that say a song's credit only among the
song's own lines: "Written by: A and B", "Writers: A, B", "Music: A" (its writers),
"Artist: C", "Band: the Ds", "Singers: E, F", "Vocal: G" (its performers).

Alone, such a label may be a film's credits box ("Written by:" its script, "Music:"
its score, "Artist:" a poster's painter), so it counts only on the line right after
one of the song's: a label before a known song's title ("Song: “X”", "Title: X",
"Music: “X”, A") or another of its credits ("Performed by: A", "Vocals: B", "Words
and music: C", or one of these). After "Directed by:", "Starring:" or "Film:" it
gives nothing.

The names end the line, or a bracket, or a comma before a remark in lower case
("Written by: A and B, on a napkin (so they say)", "Vocal: C, a choir soprano")."""

import re

from ..prose import match_key
from .credit_labels import LABEL_RE
from .credit_tracks import is_title, known_track
from .sentences import add_unique, names_span

COMPOSER = "composers"
PERFORMER = "performers"

# A label opening the line; group 1: a writer's, group 2: a performer's.
SHEET_RE = re.compile(
    r"^(?:(written\sby|co-written\sby|composed\sby|writers?|songwriting|music)"
    r"|(artists?|band|group|singers?|vocal|vocalists?|performers?))"
    r"\s?:\s",
    re.IGNORECASE,
)
# A label of the song before its title: "Song: X", "Title: “X”", "Music: “X”, A".
SONG_LABEL_RE = re.compile(
    r"^\W{0,2}(?:the\s)?(?:song|song\stitle|title|track|single|tune|number|music"
    r"|a-side|b-side)\s?:\s",
    re.IGNORECASE,
)
# What may end the names: the line's end, a full stop, a semicolon, a bracket.
ENDS = frozenset({"", ".", ";", "("})
LIMIT = 6


def sheet_credits(ctx, sentence):
    """Credit the names after a sheet label on the line after one of the song's."""
    found = SHEET_RE.match(sentence.norm)
    if found is None:
        return
    track = _sheet_track(ctx, ctx.previous)
    if track is None:
        return
    ctx.sheet_line = sentence  # the next line may go on with the song's sheet
    names, end = _names_listed(sentence, sentence.index_at(found.end()))
    if not names or not _ends_names(sentence.tokens, end):
        return
    names = [name for name in names if name[:1].isupper() and not is_title(ctx, name)]
    add_unique(track[COMPOSER if found.group(1) else PERFORMER], names)


def _sheet_track(ctx, previous):
    """The track of the song's line ``previous``, or None when it is not one."""
    if previous is None or getattr(previous, "heading", False):
        return None
    norm = previous.norm
    if LABEL_RE.match(norm) or getattr(ctx, "sheet_line", None) is previous:
        return known_track(ctx, norm) or ctx.last_track()
    label = SONG_LABEL_RE.match(norm)
    if label is None:
        return None
    value = re.sub(r"^\W+", "", match_key(norm[label.end() :]))
    track = known_track(ctx, value)
    if track is None or not value.startswith(match_key(track["title"])):
        return None  # "Title: The Film", "Music: A": not the song's line
    return track


def _names_listed(sentence, index):
    """``(names, end)``: the names from ``index``, "A, B" without "and" too."""
    tokens, names = sentence.tokens, []
    while len(names) < LIMIT:
        more, index = names_span(sentence, index, limit=LIMIT)
        names += more
        if not more or index + 1 >= len(tokens) or tokens[index].text != ",":
            break
        if not tokens[index + 1].cap:
            break  # "A, in a van": a remark
        index += 1
    return names, index


def _ends_names(tokens, end):
    """Whether the names end the line, or a remark after them follows a comma."""
    word = tokens[end].text if end < len(tokens) else ""
    if word in ENDS:
        return True
    if word != "," or end + 1 >= len(tokens):
        return False
    following = tokens[end + 1].text
    return following[:1].islower() and following not in ("and", "&")
