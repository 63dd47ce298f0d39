"""Names that are dates or counts, never places: a list item or a heading that
starts "Feb 1987 —", "Summer 1986:", "Oct. 12 –", "Counts 1–4:", "Bars 9-16:"."""

import re

from .lexicon import MONTH_NAMES

# Months as posts shorten them, and the seasons a date may give instead.
MONTH_SHORT = frozenset(
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split()
) | frozenset(month[:3] for month in MONTH_NAMES)
SEASONS = frozenset("Spring Summer Autumn Fall Winter".split())
# A year ("1987", "'87", "’87"), a day ("12", "12th") or a span of them ("1–4").
NUMBER_RE = re.compile(
    r"['\u2019]?\d{1,4}(?:st|nd|rd|th|s)?[,.]?|[-\u2013\u2014]|\d+[-\u2013\u2014]\d+"
)
# A span of numbers: "1–4", "9 - 16", "5-8".
RANGE_RE = re.compile(r"\d+\s?[-\u2013\u2014]\s?\d+$")


def dated_or_counted(name):
    """Whether ``name`` is a date ("Feb 1987", "Summer '86", "Oct. 12") or a count
    of steps or bars ("Counts 1–4", "Bars 9-16"): a month or a season then only
    numbers, or a plural word then a span of numbers. Not "Stage 7", "Pier 39"."""
    words = name.split()
    if len(words) < 2:
        return False
    first = words[0].rstrip(".")
    numbers = all(NUMBER_RE.fullmatch(word) for word in words[1:])
    if numbers and (first in MONTH_SHORT or first in MONTH_NAMES or first in SEASONS):
        return True
    if numbers and first in LABEL_NOUNS:
        return True  # "Series 3: papers of ...", "Box 12", "Reel 4": a label
    rest = " ".join(words[1:])
    return bool(
        first.endswith("s")
        and first[:1].isupper()
        and numbers
        and RANGE_RE.search(rest)
    )


# The nouns of a numbered part of a collection, a book or a reel, never of a place:
# "Series 3", "Box 12", "Folder 7", "Reel 2", "Chapter 4" (not "Stage 7", "Pier 39").
LABEL_NOUNS = frozenset(
    """
    Series Box Folder File Lot Item Reel Chapter Part Volume Vol Disc Side Episode
    Appendix Section Plate Figure Fig Exhibit Case Tape
    """.split()
)
