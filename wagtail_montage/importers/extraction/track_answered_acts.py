"""A song named in answer to a question about one, its act first: "And the second
song, over the tower scene?" then "That's Greywater Choir, ‘X.’", "It was Ada
Moon, “X”." The act is the performer; the question (the sentence before, or the
heading over the answer) must ask about a song, and the answer be the act and the
title alone."""

import re

from ..prose import match_key
from .lexicon import STOP_STARTS
from .sentences import clean_title

# Before the title, the whole answer's opening: "That's A, ", "It was A B, ".
ACT_FIRST_RE = re.compile(
    r"^\W?(?:That's|That\sis|That\swas|It's|It\sis|It\swas)\s"
    r"(?P<act>[A-Z][\w'.&-]{0,30}(?:\s(?:[A-Z][\w'.&-]{0,30}|of|the|and|&)){0,4}),\s\W?$"
)
# The question before: about a song.
SONG_QUESTION_RE = re.compile(
    r"\b(?:song|songs|tune|track|music|number|theme|cue)\b[^?]{0,120}\?\W{0,3}$",
    re.IGNORECASE,
)


def answered_act(ctx, sentence):
    """``(start, end, [act])`` of a title given with its act in answer to a question
    about a song, or None."""
    if len(sentence.quotes) != 1 or not any(
        SONG_QUESTION_RE.search(asked.norm) for asked in _questions(ctx, sentence)
    ):
        return None
    text, start, end = sentence.quotes[0]
    found = ACT_FIRST_RE.match(sentence.norm[:start])
    if not found or sentence.norm[end:].strip(" .!\ue001\u201d\"'"):
        return None
    act = found.group("act")
    title = clean_title(text)
    if (
        not title
        or act.split()[0] in STOP_STARTS
        or match_key(title) == ctx.film_key
        or ctx.is_album_title(title)
    ):
        return None
    return start, end, [act]


def _questions(ctx, sentence):
    """The sentence before, and the heading right over the sentence's paragraph (an
    interview's question may be a heading)."""
    found = [ctx.previous] if ctx.previous is not None else []
    heading = getattr(ctx, "heading", None)
    if heading is not None and sentence.paragraph == heading.paragraph + 1:
        found.append(heading)
    return found
