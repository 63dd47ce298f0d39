"""The film a heading names with its year: "Ferris Wheel Summer (1987)" over the
part of a post about it, when the text names it in italics too and no other heading
is dated so (a post of several films gives each a heading: none is the film)."""

import re

from ..prose import match_key
from .sentences import clean_title

DATED_HEADING_RE = re.compile(
    r"^(?P<name>[A-Z0-9][^()\ue000\ue001]{1,80}?)\s\((?P<year>1[89][0-9]{2}|20[0-9]{2})\)"
    r"\W{0,2}$"
)


def dated_heading_film(sentences):
    """``(title, year, sentence)`` of the film the one dated heading names, with the
    sentence that names it in italics; or None."""
    dated = [
        found
        for sentence in sentences
        if sentence.heading
        for found in [DATED_HEADING_RE.match(sentence.norm.strip())]
        if found
    ]
    if len(dated) != 1:
        return None
    key = match_key(clean_title(dated[0].group("name")))
    for sentence in sentences:
        if sentence.heading:
            continue
        for text, _start, _end in sentence.quotes:
            title = clean_title(text)
            if title and match_key(title) == key:
                return title, int(dated[0].group("year")), sentence
    return None
