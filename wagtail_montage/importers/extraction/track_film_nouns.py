"""A title named as the film's own piece of music by a noun the film owns, with
words before the noun: "the film's closing number, “X”", "the movie's big love
theme, “X”", "its opening tune was “X”". (With no word between, "the film's theme,
“X”", the shared cues take it.) Every pattern is bounded."""

import re

# Just before a title: the film's (or its) one or two words, then a song noun.
FILM_NOUN_BEFORE_RE = re.compile(
    r"\b(?:[Tt]he\s(?:film|movie|picture|montage)'s|[Ii]ts)\s"
    r"(?:(?!(?:first|second|third|other|next|previous|earlier|later)\b)[\w-]{1,20}\s)"
    r"{1,2}?(?:song|tune|theme|number|ballad|waltz|anthem|instrumental)"
    r"(?:\sitself)?,?\s(?:(?:is|was)\s)?\W{0,2}$"
)


def film_noun_before(sentence, start):
    """Whether the words before the title quoted at ``start`` name it the film's
    own song with words before the noun."""
    return bool(FILM_NOUN_BEFORE_RE.search(sentence.norm[max(0, start - 70) : start]))
