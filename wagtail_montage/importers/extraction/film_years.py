"""The year the post's opening sentences give its film: "the 1980 one", "The 1988
film opens in Cádiz", "came out the next year, 1985", "Fourth and Long. 1986.";
not a year the sentence reports as said ("We said it came out in 1992.")."""

import re

from .film_seen import SEEN_IN_CINEMA_RES
from .film_titles import title_words as _words
from .film_words import (
    ALONGSIDE_FILM_RE,
    GENRES,
    OWN_YEAR_RE,
    RELEASE_YEAR_RE,
    REPORTED_RE,
    YEAR_THE_FILM_CAME_OUT_RE,
)
from .film_year_words import SET_ASIDE_RE, digit_years, year_by_itself

# The year of the film the post is about, said of it: "the 1980 one", "The 1988 film
# opens in Cádiz", "Ann Roe's 2012 film is", "arrived in American cinemas in August
# 1990", "Fourth and Long. 1986."
YEAR_OF_FILM_RES = (
    re.compile(
        rf"\b(?:[Tt]he|[Tt]his|[Ii]ts)\s(1[89][0-9]{{2}}|20[0-9]{{2}})\s(?:[\w-]{{1,20}}\s){{0,2}}?"
        rf"(?:{GENRES}|one|release|original)\b"
    ),
    # "Ann Roe's 2012 film": a director's, in a film's words only (not "release")
    re.compile(
        r"\b(?:[A-Z][\w.-]{1,20}\s){0,2}[A-Z][\w.-]{1,20}['\u2019]s\s"
        rf"(1[89][0-9]{{2}}|20[0-9]{{2}})\s(?:[\w-]{{1,20}}\s){{0,2}}?{GENRES}\b"
    ),
    RELEASE_YEAR_RE,  # "came out the next year, 1985", "opened in the autumn of 1991"
    ALONGSIDE_FILM_RE,  # "released in 1979 alongside the teen film of that name"
    YEAR_THE_FILM_CAME_OUT_RE,  # "everywhere in 1985, the summer the film came out"
    # "Harold Venn directed it in 1984"
    re.compile(
        r"\b(?:directed|made)\s(?:it|the film)\sin\s(1[89][0-9]{2}|20[0-9]{2})\b"
    ),
    # "a ski thriller from 1985"; "A 1981 period romance about ..." as an answer
    re.compile(
        rf"(?<!like\s)(?<!than\s)(?<!as\s)\b[Aa]n?\s(?:[\w-]{{1,20}}\s){{0,2}}?(?:{GENRES})"
        r"\sfrom\s"
        r"(1[89][0-9]{2}|20[0-9]{2})\b"
    ),
    re.compile(
        r"^(?:It's\s|It\sis\s|It\swas\s)?[Aa]n?\s(1[89][0-9]{2}|20[0-9]{2})\s"
        rf"(?:[\w-]{{1,20}}\s){{0,2}}?(?:{GENRES})\b"
    ),
    *SEEN_IN_CINEMA_RES,  # "I saw it at the Paramount in the fall of 1987"
)
# Capitalised words just before a verb of release: "The Long Tide of Ada Dunn".
SUBJECT_RUN_RE = re.compile(
    r"(?:[A-Z0-9][\w'&.-]*)(?:\s(?:(?:of|the|a|and|in|on|at|to|for)\s){0,2}"
    r"[A-Z0-9][\w'&.-]*){1,8}\s(?:was\s|first\s)?$"
)


def year_said(title, opening):
    """The year the opening sentences give the film titled so, or None."""
    key = _words(title)
    norms = [sentence.norm for sentence in opening]
    named = [key in _words(norm) for norm in norms]
    for number, sentence in enumerate(opening):
        norm = digit_years(sentence.norm)  # "came out in '89", "in seventy-seven"
        if REPORTED_RE.match(norm):
            continue  # "We said the film was released in 1992. It was ... in 1993."
        for pattern in YEAR_OF_FILM_RES:
            found = pattern.search(norm)
            # Of "X came out in 1978", X is what came out, not "A directed it".
            if (
                found
                and not (
                    pattern is RELEASE_YEAR_RE
                    and other_subject(norm[: found.start()], key)
                )
                and not SET_ASIDE_RE.search(norm[: found.start(1)][-20:])
            ):
                return int(found.group(1))  # not "..., not the 2009 remake"
        at = _words(norm).find(key)
        if at >= 0:
            after = re.match(
                r"^\W{0,3}(1[89][0-9]{2}|20[0-9]{2})\b", after_title(norm, title)
            )
            if after:
                return int(after.group(1))
        alone = year_by_itself(norms, number, named)  # "It's from 1983."
        if alone is not None:
            return alone
    return None


def other_subject(before, key):
    """Whether another title is what came out: "The Long Tide of Ada Dunn came out
    in 1978" read for a post whose title names only a singer."""
    subject = SUBJECT_RUN_RE.search(re.sub("[\ue000\ue001]", "", before))
    if not subject:
        return False
    return _words(re.sub(r"\s(?:was|first)\s$", " ", subject.group(0))) != key


def after_title(norm, title):
    found = re.search(re.escape(title), norm, re.IGNORECASE)
    return norm[found.end() : found.end() + 12] if found else ""


YEAR_IN_TEXT_RE = re.compile(r"\b(1[89][0-9]{2}|20[0-2][0-9])\b(?!s|'s|-)")
# A year as a style, no date: "pure 1988", "so 1975", "peak 1990".
STYLE_WORDS = frozenset({"pure", "so", "very", "peak", "totally", "utterly", "such"})
# In the year's clause: the writer seeing the film, a date of their own ("I saw
# <i>X</i> in December 1982"), or a later release of its record ("reissued in 2004").
SEEN_BEFORE_RE = re.compile(
    r"\b(?:saw|seen|see|watched|watch|rented|caught|visited|went|reissued|reissue"
    r"|re-released|re-release|remastered|repressed|anniversary)\b(?![^:;]*[:;])",
    re.IGNORECASE,
)


# A sentence naming the title as a film: seen, opened, shot, scored, reviewed.
FILMISH_RE = re.compile(
    r"\b(?:film|films|movie|picture|cinemas?|opened|premiered|rented|tape|VHS|review"
    r"|caper|montage|scene|shoot|shot|filmed|wrap|location|locations|sessions|music"
    r"|soundtracks?)\b",
    re.IGNORECASE,
)
# Right after the title: a person's verb ("Al Roe scored thirty films").
PERSON_VERB_RE = re.compile(
    r"^\W{0,3}\s(?:scored|wrote|composed|directed|sang|sings|died|was\sborn|played"
    r"|recorded|produced|conducted|taught)\b"
)


def named_as_film(title, opening):
    """Whether an opening sentence names the title in words of a film, and none
    makes it a person doing something ("X scored thirty films")."""
    key, found = title.casefold(), False
    for sentence in opening:
        norm = sentence.norm
        at = norm.casefold().find(key)
        if at < 0:
            continue
        if PERSON_VERB_RE.match(norm[at + len(key) :]):
            return False
        found = found or bool(FILMISH_RE.search(norm))
    return found


def one_year(opening, title=""):
    """The one year the opening sentences name, when they name one only and not
    only as the writer's own ("my 2004 trip", "since 1998") nor as a style ("pure
    1988"): the film's, of a post
    whose title names the film ("the 1977 frame grabs", "the most expensive caper
    of 1990", "In the summer of 1994 ... X opened that June"); else None."""
    if title and not named_as_film(title, opening):
        return None
    years, theirs = set(), False
    for sentence in opening:
        norm = digit_years(sentence.norm)
        for found in YEAR_IN_TEXT_RE.finditer(norm):
            before = " ".join(norm[: found.start()].split()[-1:])
            if before.lower() in STYLE_WORDS:
                continue
            years.add(found.group(1))
            seen = SEEN_BEFORE_RE.search(norm[: found.start()])
            theirs = theirs or not (OWN_YEAR_RE.search(before) or seen)
    if len(years) != 1 or not theirs:
        return None
    return int(years.pop())
