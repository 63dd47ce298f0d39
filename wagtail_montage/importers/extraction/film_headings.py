"""The film a heading names with its year: "Ferris Wheel Summer (1987)" over the
part of a post about it, when the text names it in italics too and no other heading
is dated so (a post of several films gives each a heading: none is the film)."""

import re

from ..prose import match_key
from .sentences import clean_title

DATED_HEADING_RE = re.compile(
    r"^(?P<label>[A-Z][\w .#-]{0,30}:\s)?"
    r"(?P<name>[A-Z0-9][^()\ue000\ue001]{1,80}?)\s\((?P<year>1[89][0-9]{2}|20[0-9]{2})\)"
    r"\W{0,2}$"
)
# In the text: the post is about one film. "The film is set in Chicago."
THE_FILM_RE = re.compile(r"\b(?:[Tt]he|[Tt]his|one)\s(?:film|movie|picture)\b")


def dated_heading_film(sentences):
    """``(title, year, sentence)`` of the film the one dated heading names, with the
    sentence that names it in italics; or None."""
    dated = [
        (found, sentence)
        for sentence in sentences
        if sentence.heading
        for found in [DATED_HEADING_RE.match(sentence.norm.strip())]
        if found
    ]
    if len(dated) != 1:
        return None
    found, heading = dated[0]
    name, year = clean_title(found.group("name")), int(found.group("year"))
    key = match_key(name)
    said = [sentence for sentence in sentences if not sentence.heading]
    for sentence in said:
        for text, _start, _end in sentence.quotes:
            title = clean_title(text)
            if title and match_key(title) == key:
                return title, year, sentence
    # "Round 4: Quicksilver Saturday (1980)" over "The film is set in Chicago": a
    # labelled heading over a text about one film, which it never names again
    if found.group("label") and name and any(THE_FILM_RE.search(s.norm) for s in said):
        return name, year, heading
    return None
