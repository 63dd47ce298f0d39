"""A footnote's number glued to the word before it once the superscript is gone
("filmed in Walkerville.<sup>15</sup>" reads "Walkerville.15"): the name ends at the
full stop, without the number and the next sentence's opening words."""

import re

from .place_reading import name_end

# A word, a full stop and a footnote's number: "Walkerville.15", "Studios.1".
FOOTNOTE_TOKEN_RE = re.compile(r"[^\W\d]{2,40}\.\d{1,3}")


def footnote_end(tokens, index, end):
    """The end of the name from ``tokens[index]`` to ``tokens[end]``: cut after a word
    with a footnote's number, else past the lowercase words that are part of it
    (name_end)."""
    for position in range(index, end):
        if FOOTNOTE_TOKEN_RE.fullmatch(tokens[position].text):
            return position + 1
    return name_end(tokens, end)


def without_footnote(name):
    """``name`` without the footnote's number after its last word."""
    return re.sub(r"\.\d{1,3}$", "", name)
