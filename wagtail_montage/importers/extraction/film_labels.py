"""The film of a fact list's label line: "Film: Gravel Kings (1986)", "Movie - Neon
Tithe" and "Year: 2001" a line or two after it. The label is no part of the title
("Film: Gravel Kings" is Gravel Kings); the value is the whole line, in capitals."""

import re

from .film_year_labels import release_year
from .lexicon import TITLE_CONNECTORS
from .sentences import clean_title, run_forward

LABEL_RE = re.compile(r"^(?:The\s)?(?i:film|movie|picture|feature)(?::|\s-)\s")
# What may follow the title on its line: its year in brackets, a full stop.
REST_RE = re.compile(r"^\s?(?:\((\d{4})\))?\s?\.?$")
CONNECTORS = TITLE_CONNECTORS - {":", "is", "it", "me", "you"}
# How many lines after the film's a "Year:" line may be.
YEAR_LINES = 3


def labelled_film(sentence):
    """``(title, year or None)`` of a film's label line, else None."""
    found = LABEL_RE.match(sentence.norm)
    if found is None:
        return None
    tokens = sentence.tokens
    start = sentence.index_at(found.end())
    end = run_forward(tokens, start, CONNECTORS, max_words=10, gap=2)
    if end is None:
        return None
    rest = REST_RE.match(sentence.norm[tokens[end - 1].end :])
    title = clean_title(sentence.span(start, end))
    if rest is None or not title:
        return None
    return title, int(rest.group(1)) if rest.group(1) else None


def film_label(sentence):
    """``(title, year)`` of "Film: X (1986)", else None."""
    found = labelled_film(sentence)
    return found if found and found[1] else None


def dated_film_label(sentences):
    """``(title, year, sentence)`` of "Film: X" with "Year: 2001" a line or two
    after it, else None."""
    said = [sentence for sentence in sentences if not sentence.heading]
    for index, sentence in enumerate(said):
        found = labelled_film(sentence)
        if found is None:
            continue
        if found[1]:
            return found[0], found[1], sentence
        for later in said[index + 1 : index + 1 + YEAR_LINES]:
            year = release_year(later.norm)  # "Year: 2001", "Came out: 1999"
            if year:
                return found[0], year, sentence
    return None
