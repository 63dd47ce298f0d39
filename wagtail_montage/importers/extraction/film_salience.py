"""The film by its salience, once the whole post is read and no rule named it: the
one italic (or quoted) title given a year of release right after it ("<i>X</i>
came out in the fall of 1992", "<i>X</i> (1991)", "<i>X</i>, a modest romance of
1980"), when the post marks it as a film: a film word in its sentence or the next
("The film is set in Dorset"), a heading over it that says "The film", a heading
that is the title itself, or the title named again elsewhere in the post. Never a
title the sentence calls a song or a record, nor one of several such titles."""

import re

from ..prose import match_key
from .film_book_cites import book_cited
from .film_next import film_described_next, film_that_came_out
from .film_words import (
    EXAMPLES_RE,
    GENRES,
    OTHER_FILM_BEFORE_RE,
    SONG_BEFORE_RE,
    SUNG_AFTER_RE,
    a_record,
)
from .film_year_words import RELEASED, digit_years
from .patterns import YEAR
from .sentences import clean_title

# The nouns of a dated work that is not a film: "Ann Roe's 1990 album".
RECORD_NOUNS = (
    r"(?:album|albums|LP|EP|single|singles|record|song|songs|tour|novel|book|play"
    r"|show|series|hit|ballad|release|reissue|version|cover|remix|memoir|collection)"
)
# Just after the title, its year of release: "(1991)", "(Bram Hoogeveen, 1976)",
# " came out in the fall of 1992", ", released in March 1986", ", a modest
# romance of 1980", ", a 1979 thriller".
DATED_AFTER_RE = re.compile(
    rf"^\s?\((?:[A-Z][\w.' -]{{1,40}},\s)?{YEAR}\)"
    r"|^,?\s(?:which\s)?(?:was\s|first\s|finally\s)?"
    rf"{RELEASED}\s(?:the\s(?:following|next)\syear,\s|a\syear\slater,\s)?"
    r"(?:in\s|on\s)?(?:the\s(?:spring|summer|autumn|fall|winter)\sof\s)?"
    rf"(?:[A-Z][a-z]{{2,8}}\s(?:[0-9]{{1,2}},?\s)?)?{YEAR}\b"
    rf"|^,\s(?:a|an)\s(?:[\w-]{{1,20}}\s){{0,2}}?{GENRES}\s(?:of|from)\s{YEAR}\b"
    rf"|^,\s(?:a|an)\s{YEAR}\s(?:[\w-]{{1,20}}\s){{0,2}}?{GENRES}\b"
    # ", Ilse Marcovic's 1990 wartime fable": a director's dated work, not a record
    r"|^,\s(?:[A-Z][\w.-]{1,20}\s){1,3}?[A-Z][\w.-]{1,20}['\u2019]s\s"
    rf"{YEAR}\s(?!(?:[a-z-]{{2,20}}\s){{0,2}}{RECORD_NOUNS}\b)"
    r"(?:[a-z-]{2,20}\s){0,2}[a-z-]{3,20}\b"
)
# Just before the title, its year and kind: "Lieve Claes's 1979 thriller <i>X</i>",
# "the 1984 road movie, <i>X</i>".
DATED_BEFORE_RE = re.compile(
    rf"(?:'s|\b[Tt]he|\b[Aa]n?)\s{YEAR}\s(?:[\w-]{{1,20}}\s){{0,2}}?{GENRES},?\s$"
)
# Words that mark a film: in the title's sentence, the next one or a heading.
FILM_WORD_RE = re.compile(
    r"\b(?:film|films|movie|movies|picture|cinema|cinemas|screen|screens|VHS|extras"
    r"|filmed|screening|premiere)\b",
    re.IGNORECASE,
)
# In a sentence: a place on a chart or a certification, which a record gets.
CHARTED_RE = re.compile(
    r"\b(?:No\.\s?[0-9]|number\s(?:[0-9]|one|two|three|four|five|six|seven|eight|nine"
    r"|ten)|chart|charts|charted|Hot\s100|gold|platinum|silver|top\s(?:ten|[0-9]))",
    re.IGNORECASE,
)
# Anywhere in a post: it is about a film.
SOUNDTRACK_OR_FILM_RE = re.compile(
    r"\b(?:soundtrack|soundtracks|film|films|movie|movies|filmed|filming|shot|shooting"
    r"|cinema|cinemas)\b",
    re.IGNORECASE,
)
# Before the title: it is an album's or another work's, not the film.
RECORD_BEFORE_RE = re.compile(
    r"\b(?:album|LP|EP|record|single|soundtrack|reissue|B-side|cover|version|book"
    r"|novel|game|show|series|play)(?:\s(?:to|of|from|for))?\W{0,3}$",
    re.IGNORECASE,
)


def salient_film(ctx, sentences, set_film):
    """Set the film to the one dated title the post marks as a film, if any."""
    found = (
        film_it_names(ctx, sentences)
        or film_answered(ctx, sentences)
        or film_described_next(ctx, sentences)
        or film_that_came_out(ctx, sentences)
        or _salient(ctx, sentences)
    )
    return bool(found) and set_film(ctx, found[2], found[0], found[1])


def _salient(ctx, sentences):
    said = [sentence for sentence in sentences if not sentence.heading]
    counts = {}
    for sentence in said:
        for text, _start, _end in sentence.quotes:
            key = match_key(clean_title(text))
            counts[key] = counts.get(key, 0) + 1
    headings = {
        match_key(sentence.norm.strip()) for sentence in sentences if sentence.heading
    }
    found, heading, dated = [], "", set()
    for index, sentence in enumerate(sentences):
        if sentence.heading:
            heading = sentence.norm
            continue
        after = _next_said(sentences, index)
        for title, year, kind in _dated_titles(sentence):
            key = match_key(title)
            dated.add((key, year))
            alone = (title, year, sentence)
            marked = (
                kind
                or FILM_WORD_RE.search(_outside(sentence))
                or FILM_WORD_RE.search(after)
                or FILM_WORD_RE.search(heading)
                or FILM_WORD_RE.search(ctx.post.title)
                or f" {key} " in f" {match_key(ctx.post.title)} "
                or key in headings
                or counts.get(key, 0) > 1
            )
            if marked and key not in ctx.tracks and key not in ctx.albums:
                found.append((title, year, sentence))
    found = [item for item in found if _never_a_record(said, item[0])]
    if not found and len(dated) == 1 and _about_a_film(said, alone):
        found = [alone]  # the post's one dated title, in a post about a film
    if len({(match_key(title), year) for title, year, _sentence in found}) > 1:
        # "March classic: The Ferryman's Daughter": the one the post's title names
        post_title = f" {match_key(ctx.post.title)} "
        found = [item for item in found if f" {match_key(item[0])} " in post_title]
    if len({(match_key(title), year) for title, year, _sentence in found}) != 1:
        return None
    return found[0]


def _about_a_film(said, alone):
    """Whether the post speaks of a film or its soundtrack anywhere, never calls the
    title a song or a record, and its sentence does not chart it."""
    title, _year, sentence = alone
    if CHARTED_RE.search(sentence.norm):
        return False  # "“X”, which came out in 1985, went to No. 4": a record
    return _never_a_record(said, title) and any(
        SOUNDTRACK_OR_FILM_RE.search(_outside(sentence)) for sentence in said
    )


def _never_a_record(said, title):
    """Whether no sentence calls the title a song or a record ("the song <i>X</i>",
    "<i>X</i>, sung by A")."""
    key = match_key(title)
    named = [
        match_key(clean_title(text)) == key
        for sentence in said
        for text, _start, _end in sentence.quotes
    ]
    called = [match_key(name) == key for sentence in said for name in _named(sentence)]
    return sum(named) == sum(called)


def _dated_titles(sentence):
    norm = sentence.norm
    for text, start, end in sentence.quotes:
        title = clean_title(text)
        # "came out in '89", "in seventy-seven": the year in digits
        dated = DATED_AFTER_RE.match(
            digit_years(norm[end : end + 80])
        ) or DATED_BEFORE_RE.search(norm[max(0, start - 60) : start])
        if not title or not dated:
            continue
        before = norm[max(0, start - 40) : start]
        if (
            SONG_BEFORE_RE.search(before)
            or RECORD_BEFORE_RE.search(before)
            or EXAMPLES_RE.search(before[-30:])
            or OTHER_FILM_BEFORE_RE.search(before[-30:])
            or SUNG_AFTER_RE.match(norm[end : end + 40])
            or a_record(norm, start, end)
            or book_cited(norm, start, end)  # "Reading: A, <i>X</i> (1987), ch. 1"
        ):
            continue
        kind = dated.re is DATED_BEFORE_RE  # "a 1979 thriller <i>X</i>": a film
        yield title, int(next(group for group in dated.groups() if group)), kind


def _outside(sentence):
    """The sentence without its quoted titles."""
    text, last = [], 0
    for _text, start, end in sentence.quotes:
        text.append(sentence.norm[last:start])
        last = end
    text.append(sentence.norm[last:])
    return " ".join(text)


def _next_said(sentences, index):
    for sentence in sentences[index + 1 : index + 2]:
        if not sentence.heading:
            return _outside(sentence)
    return ""


# "It came out in 1979", "the film came out in the spring of 1983", "The movie
# finally came out on April 11, 1986", "the summer the film came out (1990)": the
# year of the film a sentence before (or, for "the film", the post's title) named.
IT_CAME_OUT_RE = re.compile(
    r"(?:^|\band\s|,\s|\bthe\s(?:year|summer|spring|autumn|fall|winter)\s)"
    r"(?P<it>It|it|[Tt]he\s(?:film|movie|picture))\s(?:was\s|first\s"
    rf"|finally\s|eventually\s)?{RELEASED}\s(?:in\s|on\s)?"
    r"(?:the\s(?:spring|summer|autumn|fall|winter)\sof\s)?"
    r"(?:[A-Z][a-z]{2,8}\s(?:[0-9]{1,2},?\s)?)?"
    r"\(?(?P<year>1[89][0-9]{2}|20[0-9]{2})\b"
)
# Words that make "it" a record: "It came out in 1979 as a single on Polydor".
AS_RECORD_RE = re.compile(
    r"\b(?:as\sa\s(?:single|B-side)|on\s(?:the\s|an?\s)?(?:album|LP|EP|single|vinyl"
    r"|cassette)|Records)\b"
)


def film_it_names(ctx, sentences):
    """``(title, year, sentence)`` of the film "it" or "the film" is, when a sentence
    says when it came out and one of the two sentences before names one title only
    (a film, not a song or record), or for "the film" the one the post's title
    names; or None."""
    said = [sentence for sentence in sentences if not sentence.heading]
    for index, sentence in enumerate(said):
        found = IT_CAME_OUT_RE.search(digit_years(sentence.norm))
        if not found or AS_RECORD_RE.search(sentence.norm):
            continue
        film = found.group("it").lower() != "it"
        title = (
            film and (_title_of_post(ctx, said) or _title_before(said[:1]))
        ) or _title_before(
            said[max(0, index - (2 if film else 1)) : index]
        )  # "the film": the post's title's, or the one the post opens on
        key = match_key(title)
        named = {match_key(text) for text, _start, _end in sentence.quotes}
        if (
            title
            and key not in ctx.tracks
            and key not in ctx.albums
            and key not in named
        ):
            return title, int(found.group("year")), sentence
    return None


def _title_before(sentences):
    """The one title the nearest sentence naming any names, or ""."""
    for before in reversed(sentences):
        titles = {
            match_key(title): title for title in _named(before) if title[:1].isupper()
        }
        if titles:
            return next(iter(titles.values())) if len(titles) == 1 else ""
    return ""


def _title_of_post(ctx, said):
    """The one title the text names that the post's title names too, or ""."""
    post_title = f" {match_key(ctx.post.title)} "
    titles = {
        match_key(title): title
        for sentence in said
        for title in _named(sentence)
        if title[:1].isupper() and f" {match_key(title)} " in post_title
    }
    return next(iter(titles.values())) if len(titles) == 1 else ""


def _named(sentence):
    """The titles a sentence names that it does not call songs or records."""
    norm = sentence.norm
    for text, start, end in sentence.quotes:
        before = norm[max(0, start - 40) : start]
        if not (
            SONG_BEFORE_RE.search(before)
            or RECORD_BEFORE_RE.search(before)
            or SUNG_AFTER_RE.match(norm[end : end + 40])
        ):
            yield clean_title(text)


# A quiz's question on the year a title came out, and its answer: "Q1. In what year
# was <i>X</i> released?" "A: 1990."
YEAR_ASKED_RE = re.compile(
    r"\b[Ii]n\swhat\syear\s(?:was|did)\s\ue000([^\ue001]{1,100})\ue001\s(?:first\s)?"
    r"(?:released|come\sout|open|premiere|hit\s(?:cinemas|theaters|theatres))\?"
)
YEAR_ANSWERED_RE = re.compile(rf"^(?:A[0-9]{{0,2}}[:.]\s?|Answer:\s?)?{YEAR}\b")


def film_answered(ctx, sentences):
    """``(title, year, sentence)`` of the title a quiz asks the year of, with the
    answer the next sentence gives, when the post marks it as a film (named again,
    in a heading, or a film word in the lines around); or None."""
    said = [sentence for sentence in sentences if not sentence.heading]
    for index, sentence in enumerate(said[:-1]):
        asked = YEAR_ASKED_RE.search(sentence.norm)
        answer = asked and YEAR_ANSWERED_RE.match(said[index + 1].norm.strip())
        if not answer:
            continue
        title = clean_title(asked.group(1))
        key = match_key(title)
        around = " ".join(
            _outside(near) for near in said[max(0, index - 2) : index + 4]
        )
        named = sum(
            match_key(clean_title(text)) == key
            for near in said
            for text, _start, _end in near.quotes
        )
        if title and (named > 1 or FILM_WORD_RE.search(around)):
            return title, int(answer.group(1)), said[index + 1]
    return None
