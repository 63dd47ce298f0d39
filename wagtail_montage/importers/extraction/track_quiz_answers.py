"""A quiz's numbered answer that is a title, paired with its question by number:
"1. Kenneth's dance on the pier is set to which song?" and, under the answers,
"1. ‘X’." The answer names the song the question asks about, however far below it
stands, as a numbered list of answers follows a numbered list of questions.

Guards: the question (a numbered sentence ending in "?") asks about a song, tune or
piece of music; the answer opens on its number and the title, with nothing after
the title but its full stop (not "4. Central Pier, Blackpool", nor "1. ‘X’ by A, who
..."). Every pattern is bounded, with no nested quantifier."""

import re

from ..prose import match_key
from .sentences import clean_title
from .track_answered_acts import SONG_QUESTION_RE

# A numbered line's opening: "1. ", "Q1. ", "A1: ", "1) ".
NUMBER_RE = re.compile(r"^\W{0,2}(?:Q|A|Question\s|Answer\s)?([0-9]{1,2})[.):]\s")
# What a question asks is a song by name: "which song", "what tune", "the song?".
WHICH_SONG_RE = re.compile(
    r"\b(?:which|what|name\sthe)\s(?:[\w'-]{1,20}\s){0,2}?(?:song|tune|track"
    r"|number|piece|theme|cue)\b|\b(?:song|tune|track|theme)\W{0,3}\?\W{0,3}$",
    re.IGNORECASE,
)


def _asks_song(norm):
    """Whether a numbered sentence is a question about a song by name."""
    return bool(
        norm.rstrip().endswith("?")
        and WHICH_SONG_RE.search(norm)
        and SONG_QUESTION_RE.search(norm)
    )


def quiz_answer(ctx, sentence):
    """``(start, end, [])`` of the title a numbered answer gives to the numbered
    question about a song with its number; else None. A numbered question about a
    song is remembered by its number."""
    found = NUMBER_RE.match(sentence.norm)
    if found and not sentence.quotes and _asks_song(sentence.norm):
        ctx.quiz_questions[found.group(1)] = sentence.number
    if not (found and sentence.quotes):
        return None
    asked = ctx.quiz_questions.get(found.group(1))
    text, start, end = sentence.quotes[0]
    if (
        asked is None
        or asked >= sentence.number
        or sentence.norm[found.end() : start].strip()
        or sentence.norm[end:].strip(" .!\u201d\"'")
    ):
        return None
    title = clean_title(text)
    if not title or match_key(title) == ctx.film_key or ctx.is_album_title(title):
        return None
    return start, end, []
