"""A title named alone in a sentence, and the next sentence saying what "it" is, with
a year: "Then I watched <i>X</i> again.", "For anyone who missed it: it's a
1987 picture set on a trawler", "It is a 1979 western, and a slow one." The last
resort, when nothing else named the film: the first such pair of the opening. Not a
title named as a song or a record, nor "it" likened to another film ("it's like a
1979 thriller")."""

import re

from .film_words import IT_IS_A_YEAR_RE, LIKE_RE
from .sentences import clean_title

# How many said sentences of the opening may name the film this way.
OPENING = 12
# Before "it": an aside the writer opens the sentence with ("For anyone who missed
# it:", "For the record:", "Quick recap \u2014").
LEAD_RE = re.compile(r"^[^.:;\u2014]{1,40}(?::|\s\u2014)\s")


def described_next(ctx, sentences, set_film, not_the_film):
    """Set the film a sentence names alone and the next one dates as "it"."""
    said = [sentence for sentence in sentences if not sentence.heading][:OPENING]
    for sentence, following in zip(said, said[1:], strict=False):
        if len(sentence.quotes) != 1:
            continue
        text, start, end = sentence.quotes[0]
        title = clean_title(text)
        if not title or not_the_film(sentence.norm, start, end):
            continue
        year = _it_year(following.norm)
        if year is not None and set_film(ctx, following, title, year):
            ctx.film_sentence = following.display
            return True
    return False


def _it_year(norm):
    """The year "it" is given in ``norm`` as a kind of film, or None."""
    lead = LEAD_RE.match(norm)
    text = norm[lead.end() :] if lead else norm
    text = text[:1].upper() + text[1:]  # "it's a 2004 picture" after the aside
    found = IT_IS_A_YEAR_RE.match(text)
    if not found:
        return None
    before = " ".join(text[: found.start(1)].split()[-4:])
    return None if LIKE_RE.search(before) else int(found.group(1))
