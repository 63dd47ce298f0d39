"""The film the post names by its kind and year: "for the 1972 British musical
comedy <i>X</i>", "<i>X</i>, an Australian road movie from 1989". Such a title is the
film over a guess from the post's own title ("One-hit wonders: The Bs and 'Y'" names
a band and a song), and a title that only shares that sentence's year is not it
("<i>Y</i> was written for the 1972 comedy <i>X</i>": 1972 is X's year, not Y's)."""

import re

from ..prose import match_key
from .film_salience import DATED_BEFORE_RE
from .film_words import EXAMPLES_RE, GENRES, OTHER_FILM_BEFORE_RE
from .patterns import YEAR
from .sentences import clean_title

# Just after a title, its kind and year: ", an Australian road movie from 1989", ", a
# 1979 thriller".
KIND_AFTER_RE = re.compile(
    rf"^,\s(?:a|an)\s(?:[\w-]{{1,20}}\s){{0,2}}?{GENRES}\s(?:of|from)\s{YEAR}\b"
    rf"|^,\s(?:a|an)\s{YEAR}\s(?:[\w-]{{1,20}}\s){{0,2}}?{GENRES}\b"
)


def kind_dated(sentence, start, end):
    """The year the words around the quote at ``start:end`` give it with a film's
    kind ("the 1972 British musical comedy <i>X</i>", "<i>X</i>, a 1989 road
    movie"), or None; not an example of several nor another of the director's."""
    norm = sentence.norm
    before = norm[max(0, start - 60) : start]
    dated = DATED_BEFORE_RE.search(before) or KIND_AFTER_RE.match(norm[end : end + 80])
    if dated is None or EXAMPLES_RE.search(before[-30:]):
        return None
    if OTHER_FILM_BEFORE_RE.search(before[-30:]):
        return None
    return int(next(group for group in dated.groups() if group))


def explicit_film(ctx, sentences):
    """``(title, year, sentence)`` of the one title the post dates with a film's kind,
    neither a track nor an album; None when there is none or several."""
    found = {}
    for sentence in sentences:
        if sentence.heading:
            continue
        for text, start, end in sentence.quotes:
            title, year = clean_title(text), kind_dated(sentence, start, end)
            key = match_key(title)
            if title and year and key not in ctx.tracks and key not in ctx.albums:
                found.setdefault((key, year), (title, year, sentence))
    return next(iter(found.values())) if len(found) == 1 else None


def dated_as_another(sentence, start):
    """Whether another quoted title of the sentence is the one dated with a film's
    kind ("<i>Y</i> was written for the 1972 comedy <i>X</i>"): the sentence's year is
    X's, not that of the title at ``start``."""
    return any(
        other != start and kind_dated(sentence, other, end)
        for _text, other, end in sentence.quotes
    )


def over_guess(ctx, sentences, title):
    """The film named by its kind when ``title`` is only a guess from the post's own
    title that the post never dates as a film: ``(title, year, sentence)`` or None."""
    found = explicit_film(ctx, sentences)
    if found is None or match_key(found[0]) == match_key(title):
        return None
    return found
