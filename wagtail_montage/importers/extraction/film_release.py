"""The film named with the verb of its release a few words on, in a sentence about a
film: "The picture was <i>X</i>, released the following year, in 1989", "the
montage in <i>X</i>, which came out the following year, 1991", "The picture became
<i>X</i>, and it finally opened in the autumn of 1986". Every pattern is bounded."""

import re

from ..prose import match_key
from .film_set_off_credits import set_off_credit
from .film_words import (
    EXAMPLES_RE,
    OTHER_FILM_BEFORE_RE,
    SCENE_CUE_RE,
    YEAR,
    YEAR_THE_FILM_CAME_OUT_RE,
)
from .patterns import ALBUM_WORDS_RE, FILM_CUE_RE
from .sentences import clean_title
from .track_cues import really_quoted

# After the title, in its own sentence: the verb of its release, its subject the
# title ("<i>X</i>, released ...", "..., which came out", "and it opened", "the
# film premiered"), then the year a few words on ("the following year, in 1989",
# "in the autumn of 1986", "the year after, 1991").
RELEASED_AFTER_RE = re.compile(
    r"^[^.;:!?\ue000]{0,80}?(?:,\s|\bwhich\s|\band\sit\s|\bit\s|\b(?:the|this)\s"
    r"(?:film|picture|movie)\s)(?:(?:was|finally|first|eventually|only|then)\s){0,2}"
    r"(?:released|came\sout|opened|premiered|hit\s(?:cinemas|theaters|theatres))\b"
    rf"[^.;:!?\ue000]{{0,40}}?\b{YEAR}\b"
)
# Between the title and that verb: a record or a song, whose release it is.
RECORD_WORDS_RE = re.compile(
    r"\b(?:single|song|album|LP|record|soundtrack|track|tune|EP|45|video|book"
    r"|novel|remake|sequel|re-release|reissue|DVD|VHS|Blu-ray)\b",
    re.IGNORECASE,
)

# Just before the title: a record of the film's, whose release it may be. "the
# soundtrack to <i>X</i>, released in 1985".
# Or the record itself: "the film's single “X”, released in 1984".
RECORD_OF_RE = re.compile(
    r"\b(?:single|song|album|LP|record|soundtrack|track|tune|theme)\s(?:to|from|of"
    r"|for|off)\s(?:the\s(?:film|movie|picture)\s)?\W?$"
    r"|\b(?:single|song|ballad|theme|track|tune|album|LP|EP|record|soundtrack|duet"
    r"|anthem|hit|B-side)\W{0,3}$",
    re.IGNORECASE,
)


# Right after a title: who directed it, in its brackets or after them. "<i>X</i>
# (dir. Ann Roe, 1992)", "<i>X</i> (1976), dir. Ann Roe", "<i>X</i> (1976),
# directed by Ann Roe", "(1976, dir. Ann Roe)"; a screening list's fields after
# the year ("(dir. Ann Roe, 1992, 104 min.)"), or its running time beside the year
# ("(Ann Roe, 1992, 96 minutes)", "(1992, 104 min)"): a film's credit either way.
DIRECTED_AFTER_RE = re.compile(
    rf"^\s?\((?:dir\.|directed\sby|d\.)\s[A-Z][^()]{{1,60}}?,\s{YEAR}"
    r"(?:,\s[^()]{1,30})?\)"
    rf"|^\s?\({YEAR}(?:\),?|,)\s(?:dir\.|directed\sby)\s[A-Z]"
    rf"|^\s?\((?:[^()]{{1,50}}?,\s)?{YEAR},\s[0-9]{{2,3}}\s?(?:min|mins|minutes)\b"
    r"[^()]{0,20}\)"
)
# Right after an italic title: "the 1988 one", the film of that year the talk is of.
THE_YEAR_ONE_RE = re.compile(rf"^\W{{0,2}},\s(?:the|that)\s{YEAR}\sone\b")
# Words of a film seen: "you'd never seen <i>X</i>", "which tape came back".
SEEN_RE = re.compile(
    r"\b(?:seen|watched|watch|saw|tape|VHS|video shop|cinema|cinemas)\b", re.IGNORECASE
)


def film_directed(ctx, sentence):
    """``(title, year)`` of a title said with its director and year ("<i>X</i> (dir.
    Ann Roe, 1992)"), or an italic title called "the 1988 one" in a sentence about
    seeing a film; else None."""
    norm = sentence.norm
    for text, _start, end in sentence.quotes:
        title = clean_title(text)
        if not title or ALBUM_WORDS_RE.search(title):
            continue
        found = DIRECTED_AFTER_RE.match(norm[end : end + 90])
        if found:
            return (title, int(next(group for group in found.groups() if group)))
        credited = set_off_credit(norm[end : end + 60])  # "<i>X</i>, 1966, directed"
        if credited is not None:
            return (title, credited)
        found = THE_YEAR_ONE_RE.match(norm[end : end + 30])
        if (
            found
            and (FILM_CUE_RE.search(norm) or SEEN_RE.search(norm))
            and not really_quoted(ctx, sentence, title)
        ):
            return (title, int(found.group(1)))
    return None


def film_released(ctx, sentence):
    """``(title, year)`` of the first title of a sentence about a film that the
    sentence says was released, with the year; else None."""
    norm = sentence.norm
    if not (FILM_CUE_RE.search(norm) or SCENE_CUE_RE.search(norm)):
        return None
    for text, start, end in sentence.quotes:
        title = clean_title(text)
        found = RELEASED_AFTER_RE.match(norm[end : end + 180])
        if (
            not title
            or not found
            or ALBUM_WORDS_RE.search(title)
            or RECORD_WORDS_RE.search(found.group(0)[: -len(found.group(1))])
            or EXAMPLES_RE.search(norm[max(0, start - 30) : start + 1])
            or RECORD_OF_RE.search(norm[max(0, start - 40) : start + 1])
            or OTHER_FILM_BEFORE_RE.search(norm[max(0, start - 30) : start])
            or match_key(title) in ctx.tracks
            or match_key(title) in ctx.albums
        ):
            continue
        return (title, int(found.group(1)))
    return None


# A song said to come from a title: "It's the duet from <i>Y</i>", "the theme from
# <i>Y</i>". Y is a film (or its record, which the caller leaves out).
SONG_FROM_RE = re.compile(
    r"\b(?:duet|song|theme|single|ballad|number|love\stheme|title\ssong)\sfrom\s"
    r"(?:the\s(?:film|movie|picture)\s)?\ue000([^\ue000\ue001]{1,80})\ue001"
)
# A year said of the film, with no title: "a song from a 1993 movie", "in 1988, the
# year the film came out".
YEAR_OF_THE_FILM_RES = (
    YEAR_THE_FILM_CAME_OUT_RE,
    re.compile(rf"\b(?:a|the)\s{YEAR}\s(?:film|movie|picture)\b"),
    re.compile(
        rf"\bthe\s(?:film|movie|picture)\s(?:came\sout|opened|was\sreleased)\sin\s{YEAR}\b"
    ),
)


def dated_song_source(sentences):
    """``(title, year, sentence)`` of the one title a song is said to come from,
    when the sentence before, its own or one of the three after gives the year of
    "the film" with no title ("a song from a 1993 movie. It's the duet from <i>Y</i>",
    "... the duet from <i>Y</i>. [...] It was huge in 1988, the year the film came
    out"); else None."""
    said = [sentence for sentence in sentences if not sentence.heading]
    sources = {
        clean_title(found.group(1)): index
        for index, sentence in enumerate(said)
        for found in SONG_FROM_RE.finditer(sentence.norm)
        if clean_title(found.group(1)) and not ALBUM_WORDS_RE.search(found.group(1))
    }
    if len({match_key(title) for title in sources}) != 1:
        return None
    title, index = next(iter(sources.items()))
    years = {
        int(found.group(1))
        for near in said[max(0, index - 1) : index + 4]
        for pattern in YEAR_OF_THE_FILM_RES
        for found in pattern.finditer(near.norm)
    }
    return (title, years.pop(), said[index]) if len(years) == 1 else None
