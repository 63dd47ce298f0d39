"""The time a filming phrase may say before its place, which the reader steps over:
"shot in 1986 at X", "filmed over four days in May 1997 at X", "shot over 23 days in
and around X", "lensed across six weeks in the spring of 1990 on X"; and "from" right
after the phrase when a name that says it is a place follows ("filmed from X Bay")."""

import re

from .lexicon import MONTH_NAMES, PLACE_CONNECTORS, PLACE_WORDS_RE
from .place_words import named_place
from .sentences import run_forward

# A year in the time said between the filming verb and the place: "in 1986", "in the
# summer of 1986", "during the 1989 monsoon", "in the 1980s".
YEAR_RE = re.compile(r"(?:1[89]|20)[0-9]{2}s?")
# A count of days or weeks: "23 days", "2 weeks" (not "2 miles": that is a place's).
COUNT_RE = re.compile(r"[0-9]{1,3}")
TIME_UNITS = frozenset(
    "day days night nights week weeks month months summers winters".split()
)


def time_word(tokens, index):
    """Whether ``tokens[index]`` is part of a time said before a place: a year, a
    month's name, a count before a unit of time ("over 23 days in")."""
    text = tokens[index].text
    if YEAR_RE.fullmatch(text) or text in MONTH_NAMES:
        return True
    return bool(
        COUNT_RE.fullmatch(text)
        and index + 1 < len(tokens)
        and tokens[index + 1].text.lower() in TIME_UNITS
    )


def from_named_place(tokens, index):
    """Whether the name at ``tokens[index]`` (after "the" or not) says it is a place:
    "filmed from Kastro Point", "shot from the Grey Cliffs"; not "filmed from Ada
    Lind's script"."""
    index += index < len(tokens) and tokens[index].text == "the"
    end = run_forward(tokens, index, PLACE_CONNECTORS, max_words=6)
    if end is None or end < len(tokens) and tokens[end].text == "'":
        return False
    name = " ".join(token.text for token in tokens[index:end])
    last = name.split()[-1]
    return named_place(name) or " " in name and bool(PLACE_WORDS_RE.fullmatch(last))
