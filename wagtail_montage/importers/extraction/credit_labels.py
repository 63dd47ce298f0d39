"""Credits written as labels, a role and a colon before the names alone, as in a
list of credits: "Words and music: A, B and C", "Performed by: A", "Vocals: B".
The song is the one the sentence names, else the track named last."""

import re

from .credit_tracks import is_title, known_track
from .sentences import add_unique, names_span

# A role label opening the sentence; group 1: a writer's, group 2: a performer's.
# Not a film's credits box ("Writer: A", "Music: B", "Written by: C": its script
# and score).
LABEL_RE = re.compile(
    r"^(?:(words\sand\smusic|music\sand\swords|music\sand\slyrics|lyrics\sand\smusic"
    r"|lyrics|words|songwriters?|lyricists?)"
    r"|(performed\sby|sung\sby|vocals))\s?:\s",
    re.IGNORECASE,
)
# What may end a label's names: the sentence's end.
ENDS = frozenset({"", ".", ";"})


def labelled_credits(ctx, sentence):
    """Credit the names after a role label, when nothing but names follows them."""
    found = LABEL_RE.match(sentence.norm)
    if found is None:
        return
    names, end = names_span(sentence, sentence.index_at(found.end()), limit=6)
    tokens = sentence.tokens
    if not names or (tokens[end].text if end < len(tokens) else "") not in ENDS:
        return
    track = known_track(ctx, sentence.norm) or last_track(ctx)
    if track is None:
        return
    names = [name for name in names if name[:1].isupper() and not is_title(ctx, name)]
    add_unique(track["composers" if found.group(1) else "performers"], names)


def last_track(ctx):
    """The track named last, else the post's one track so far (after an album)."""
    track = ctx.last_track()
    if track is not None:
        return track
    if len(ctx.tracks) == 1:
        return next(iter(ctx.tracks.values()))
    return None
