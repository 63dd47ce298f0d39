"""The writer named in what a singer is seen doing: "“X” is A singing a B song", "A
playing B's tune", "A performing a number she co-wrote with B", "A doing a song
written by B". A is the singer (read elsewhere); B, and A after "she co-wrote",
wrote it."""

import re

from .credit_labels import last_track
from .credit_subjects import names_before
from .credit_tracks import is_title, known_track
from .sentences import add_unique, names_span

GERUND_RE = re.compile(r"\s(?:singing|playing|performing|doing)\s")
_SONG = r"(?:song|tune|number|ballad|composition)"
# After the gerund; group 1: the writer's name as a modifier ("a B song"), group 2
# the owner ("B's tune"), group 3 "(s)he co-wrote" (the singer wrote it too), group
# 4 where the names after "with" or "by" start.
OBJECT_RE = re.compile(
    r"^(?:an?\s((?:[A-Z][\w-]+\s){1,3})" + _SONG + r"\b"
    r"|((?:[A-Z][\w-]+\s){0,2}[A-Z][\w-]+)['\u2019]s\s(?:own\s)?" + _SONG + r"\b"
    r"|an?\s" + _SONG + r"\s(?:(?:that\s)?(?:he|she|they)\s(co-wrote|wrote)\s?"
    r"(?:(with\s)|(?=[.,;]|$))|(?:written|penned|composed)\s(by\s)))"
)


def sung_songs(ctx, sentence):
    """Credit the writer of the song a named singer is said to be singing."""
    for gerund in GERUND_RE.finditer(sentence.norm):
        found = OBJECT_RE.match(sentence.norm[gerund.end() :])
        if found is None:
            continue
        verb = sentence.index_at(gerund.start() + 1)
        singers = names_before(sentence, verb)
        if not singers or _names_run_on(sentence, verb, singers):
            continue
        writers = _writers(sentence, gerund.end(), found)
        if found.group(3):
            writers = singers + writers  # "a song she co-wrote with B"
        writers = [w for w in writers if w[:1].isupper() and not is_title(ctx, w)]
        track = _track(ctx, sentence, gerund.start())
        if track is not None and writers:
            add_unique(track["composers"], writers)


def _writers(sentence, start, found):
    if found.group(1):
        return [found.group(1).strip()]
    if found.group(2):
        return [found.group(2)]
    if found.group(4) or found.group(5):
        return names_span(sentence, sentence.index_at(start + found.end()))[0]
    return []


def _names_run_on(sentence, verb, singers):
    """Whether a word that is no name stands between the singer and the gerund."""
    before = sentence.tokens[verb - 1].text if verb > 0 else ""
    return before.lower() in ("and", ",") or not singers[-1].endswith(before)


def _track(ctx, sentence, offset):
    """The track named before the gerund; else, when the sentence quotes no other
    title before it, the track named last."""
    track = known_track(ctx, sentence.norm[:offset])
    if track is not None:
        return track
    if any(quote[2] <= offset for quote in sentence.quotes):
        return None  # "“Y”, the one after it, is B playing C's tune": not X's
    return last_track(ctx)
