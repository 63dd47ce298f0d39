"""A title someone was taken, or went, to see in a year: "My uncle took me to see
<i>X</i> in the summer of 1984", "we went to see <i>X</i> in March 1990". Going out
to see it is its first run, and that year is the film's, when the post calls
something "the film" (or movie, picture) and nothing else named the film. Not a
later viewing ("to see <i>X</i> again", "on video", "at a revival"), nor a title the
sentence names as a song or record."""

import re

from .film_seen import SEASON
from .patterns import YEAR
from .sentences import clean_title

# Just before the title: being taken or going out to see it.
TAKEN_BEFORE_RE = re.compile(
    r"\b(?:took|taken|take|takes)\s(?:me|us|him|her|them|the\s[a-z]{3,12})\sto\s"
    r"(?:the\s(?:pictures|cinema|movies)\sto\s)?see\s$"
    r"|\b(?:[Ww]e|I|[Tt]hey|[Ss]?[Hh]e)\s(?:all\s)?went\s(?:out\s)?to\ssee\s$"
)
# Right after the title: the year, with nothing of a later viewing between.
YEAR_AFTER_RE = re.compile(
    r"^(?:\s(?:at\sthe\s[A-Z][\w'-]{1,20}|in\s[A-Z][\w'-]{1,20}|twice|together))?"
    rf"\sin\s{SEASON}{YEAR}\b"
)
FILM_WORD_RE = re.compile(r"\b[Tt]he\s(?:film|movie|picture)\b")


def taken_to_see(ctx, sentences, set_film, not_the_film):
    """Set the film the post says someone was taken or went to see in a year."""
    if not any(FILM_WORD_RE.search(sentence.norm) for sentence in sentences):
        return False
    for sentence in sentences:
        for text, start, end in sentence.quotes:
            norm = sentence.norm
            after = YEAR_AFTER_RE.match(norm[end : end + 60])
            if not (after and TAKEN_BEFORE_RE.search(norm[max(0, start - 40) : start])):
                continue
            title = clean_title(text)
            if title and not not_the_film(norm, start, end):
                if set_film(ctx, sentence, title, int(after.group(1))):
                    ctx.film_sentence = sentence.display
                    return True
    return False
