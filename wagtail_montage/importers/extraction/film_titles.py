"""Small readings of a title the post's own title shares with its text: how the
text writes it, and whether the text calls it a song by an act."""

import re

from ..prose import match_key
from .film_words import RECORD_BY_RE, SUNG_AFTER_RE


def title_words(text):
    """A title's words, lowercase and spaced, for finding one title in another; a
    headline's single quotes around a title are no part of its words ("Deal for
    'Salt Summer' Masters")."""
    text = re.sub(r"'s\b", "", match_key(text))
    text = re.sub(r"(?<!\w)'|'(?!\w)", " ", text)
    return " " + " ".join(re.sub(r"[^\w']+", " ", text).split()) + " "


def as_written(run, opening):
    """The run as the text writes it ("Crescent City Shuffle" for a title in capitals)."""
    pattern = re.compile(r"\b" + r"\s".join(map(re.escape, run.split())) + r"\b", re.I)
    for sentence in opening:
        found = pattern.search(sentence.norm)
        if found:
            return found.group(0)
    return run


def by_an_act(norm, end):
    """Whether the title ending at ``end`` is a song by an act: "It's 'X' by A",
    "'X', sung by A"."""
    after = norm[end : end + 40]
    return bool(SUNG_AFTER_RE.match(after) or RECORD_BY_RE.match(after))
