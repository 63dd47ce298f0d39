"""The film's year from an apposition that says what the title is: "you had seen
<i>Harbour Nights</i>, the teen drama that made them, in 1989", "the crew of
<i>Harbour Nights</i>, a romantic drama that opened the following year, in 1992".
Only for the title the post's own title names (the caller checks). Every pattern
is bounded."""

import re

from .film_words import GENRES, NOT_A_FILM

YEAR = r"(1[89][0-9]{2}|20[0-9]{2})"
# Right after the title: what it is. ", the teen drama", ", a romantic drama".
GENRE_APPOSITION_RE = re.compile(
    rf"^\W{{0,3}},\s(?:a|an|the)\s(?:[\w-]{{1,20}}\s){{0,3}}?{GENRES}\b"
    rf"(?!\s{NOT_A_FILM})(?!\s(?:about|like|version|remake)\b)"
)
# In the rest of the apposition: when it came out. "that opened the following
# year, in 1992", "released in 1989".
OPENED_RE = re.compile(
    r"\b(?:opened|released|came out|premiered|reached cinemas|hit cinemas)\b"
    rf"[^.;]{{0,40}}?\b{YEAR}\b"
)
# Just before a year: the writer's own time, not the film's. "first saw it in 2003",
# "rewatched it in 2019", "since 1998", "born in 1980".
OWN_TIME_RE = re.compile(
    r"\b(?:saw|seen|watched|rewatched|revisited|visited|since|until|born|moved"
    r"|bought|found)\b[^.;]{0,50}$",
    re.IGNORECASE,
)


def opened_year(norm, end):
    """The year the apposition after the title says the film opened: "<i>X</i>, a
    romantic drama that opened the following year, in 1992"; else None."""
    described = GENRE_APPOSITION_RE.match(norm[end : end + 80])
    if not described:
        return None
    rest = norm[end + described.end() : end + described.end() + 120]
    opened = OPENED_RE.search(rest)
    return int(opened.group(1)) if opened else None


def apposition_year(norm, end):
    """The year the sentence gives the title ending at ``end`` when an apposition
    calls it a film: the year it "opened" in the apposition, else the one year of
    the sentence (not the writer's own); None otherwise."""
    if not GENRE_APPOSITION_RE.match(norm[end : end + 80]):
        return None
    opened = opened_year(norm, end)
    if opened is not None:
        return opened
    years = [
        match
        for match in re.finditer(rf"\b{YEAR}\b", norm)
        if not OWN_TIME_RE.search(norm[max(0, match.start() - 60) : match.start()])
    ]
    if len({match.group(1) for match in years}) != 1 or len(
        re.findall(rf"\b{YEAR}\b", norm)
    ) != len(years):
        return None
    return int(years[0].group(1))
