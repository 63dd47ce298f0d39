"""The film a sentence describes by its year, of the one title the sentence before
names: "Someone asked for the song from the ballroom bit in <i>X</i>. The 1986
film, not the remake." Never a title that sentence calls a song or a record, nor
one of two titles. Every pattern is bounded."""

import re

from ..prose import match_key
from .film_words import (
    FILM_IS_BEFORE_RE,
    GENRES,
    LIKE_RE,
    NOT_A_FILM,
    RECORD_BY_RE,
    SUNG_AFTER_RE,
)
from .film_year_words import RELEASED, digit_years
from .patterns import YEAR
from .sentences import clean_title

# A sentence that opens on the film described: "The 1986 film, not the remake",
# "Ida Marsh's 1984 thriller, that is".
DESCRIBED_RE = re.compile(
    r"^(?:The|This|That|(?:[A-Z][\w-]{0,30}\s){0,2}[A-Z][\w-]{0,30}'s)\s"
    rf"{YEAR}\s(?:[\w-]{{1,20}}\s){{0,2}}?{GENRES}\b(?!\s{NOT_A_FILM})"
)
# Just before a title: what holds a scene or is watched. "the ballroom bit in ",
# "a scene from ", "we rewatched ".
CONTAINER_BEFORE_RE = re.compile(
    r"\b(?:in|from|of|watch|watched|rewatched|saw|seen)\s$", re.IGNORECASE
)
# A film the sentence says came out, not yet named: "i love a movie that came out
# in 1979", "a picture that was released in 1984".
A_FILM_CAME_OUT_RE = re.compile(
    r"\b(?:a|one)\s(?:[\w-]{1,20}\s){0,2}?(?:film|movie|picture)\s(?:that|which)\s"
    rf"(?:first\s|was\s)?{RELEASED}\sin\s"
    rf"(?:the\s(?:spring|summer|autumn|fall|winter)\sof\s)?{YEAR}\b"
)
# Between the clause and its title: ", ", ": ", " — ".
APPOSED_RE = re.compile(r"(?:,|:|\s[—-])\s(?=\ue000)")
# Just before a title: a song or a record named, not a film.
SONG_NAMED_RE = re.compile(
    r"\b(?:song|songs|single|ballad|tune|track|album|LP|record|B-side)\W{0,3}$",
    re.IGNORECASE,
)
# Just before a title: a part of a song, so the title is the song's. "the chorus of
# ", "whistle the hook from ", "the lyrics to ".
SONG_PART_RE = re.compile(
    r"\b(?:chorus|verse|hook|refrain|bridge|melody|lyrics|riff|middle\seight"
    r"|opening\sbars)\s(?:of|from|to)\s$",
    re.IGNORECASE,
)
# "the song from the ballroom bit in <i>X</i>": a title a song is in.
HOLDS_SONG_RE = re.compile(
    r"\b(?:song|tune|track|music)\s(?:[\w'-]+\s){0,6}(?:in|from)\s$", re.IGNORECASE
)


def film_described_next(ctx, sentences):
    """``(title, year, sentence)`` of the one title the sentence before a "The 1986
    film, ..." names, when it is not a song or record; or None."""
    said = [sentence for sentence in sentences if not sentence.heading]
    for index, sentence in enumerate(said[1:], start=1):
        described = DESCRIBED_RE.match(sentence.norm)
        if not described or LIKE_RE.search(sentence.norm[: described.start(1)]):
            continue
        titles = set(_titles(said[index - 1]))
        if len({match_key(title) for title in titles}) != 1:
            continue
        title = titles.pop()
        key = match_key(title)
        if key and key not in ctx.tracks and key not in ctx.albums:
            return title, int(described.group(1)), sentence
    return None


def _titles(sentence):
    norm = sentence.norm
    for text, start, end in sentence.quotes:
        before = norm[max(0, start - 50) : start]
        if SONG_PART_RE.search(before):
            yield ""  # "Hum them the chorus of “X”": the song
        elif SONG_NAMED_RE.search(before) and not HOLDS_SONG_RE.search(before):
            yield ""
        elif SUNG_AFTER_RE.match(norm[end : end + 40]) or RECORD_BY_RE.match(
            norm[end : end + 20]
        ):
            yield ""  # one of the titles is a song: which the year is of is unsure
        elif CONTAINER_BEFORE_RE.search(before):
            yield clean_title(text)
        else:
            yield ""  # "I still hum “X”.": not said to be what holds the scene


def _apposed(sentence, near, found, start):
    """Whether the title at ``start`` of ``near`` starts right after the clause
    ``found`` of the same sentence, set off by a comma, a colon or a dash: "a film
    that came out in 2001, <i>X</i>"."""
    if near is not sentence:
        return False
    text = digit_years(sentence.norm)
    after = APPOSED_RE.match(text, found.end())
    return bool(after) and text[after.end() :].startswith(
        sentence.norm[start : start + 30]
    )


def film_that_came_out(ctx, sentences):
    """``(title, year, sentence)`` of "a movie that came out in 1979" when the same
    sentence or the next names it: "the movie is <i>X</i>", or the title right after
    it ("a film that came out in 2001, <i>X</i>"); or None."""
    said = [sentence for sentence in sentences if not sentence.heading]
    for index, sentence in enumerate(said):
        found = A_FILM_CAME_OUT_RE.search(digit_years(sentence.norm))
        if not found or LIKE_RE.search(
            sentence.norm[max(0, found.start() - 30) :][:30]
        ):
            continue
        for near in said[index : index + 2]:
            for text, start, _end in near.quotes:
                title = clean_title(text)
                key = match_key(title)
                if (
                    title
                    and (
                        FILM_IS_BEFORE_RE.search(near.norm[max(0, start - 40) : start])
                        or _apposed(sentence, near, found, start)
                    )
                    and key not in ctx.tracks
                    and key not in ctx.albums
                ):
                    return title, int(found.group(1)), near
    return None
