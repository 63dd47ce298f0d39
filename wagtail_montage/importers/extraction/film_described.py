"""The film's year from an apposition that says what the title is: "you had seen
<i>Harbour Nights</i>, the teen drama that made them, in 1989", "the crew of
<i>Harbour Nights</i>, a romantic drama that opened the following year, in 1992".
Only for the title the post's own title names (the caller checks). Every pattern
is bounded."""

import re

from ..prose import match_key
from .film_words import GENRES, NOT_A_FILM
from .patterns import YEAR
from .sentences import clean_title

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
    r"|bought|found|rented|heard|listened)\b[^.;]{0,50}$",
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


# Right after the title, the one of several films of that name the writer means:
# ", the 1987 one", " (the 1987 version)", " — the 1987 original".
CHOSEN_RE = re.compile(
    rf"^\W{{0,2}}(?:,|\s[\u2014-]|\s\()\s?(?:the|its)\s{YEAR}\s(?:one|version"
    r"|original|cut|release)\b"
)
# Just after a run of capitals after "the 1994 picture": a person's verb with its
# object before it, "the 1994 picture Ann Roe directed": she is no film.
DOER_AFTER_RE = re.compile(
    r"^\s(?:directed|produced|wrote|co-wrote|scored|edited|photographed"
    r"|starred\sin)\b(?!\s(?:by|it)\b)"
)


def chosen_year(norm, end):
    """The year of the apposition naming which film of the title the writer means:
    "<i>X</i>, the 1987 one, not the 2009 remake"; else None."""
    found = CHOSEN_RE.match(norm[end : end + 40])
    return int(found.group(1)) if found else None


# Just before a title: what a song comes from. "It's from <i>X</i>", "the song
# came from the movie <i>X</i>". Not "from the album <i>X</i>": a record.
SOURCE_BEFORE_RE = re.compile(
    r"\bfrom\s(?:the\s(?:film|movie|picture)\s)?\W{0,2}$", re.IGNORECASE
)


def source_year(norm, start, end):
    """The year of a title a song is said to come from and which the writer picks
    out by its year: "It's from <i>X</i>, the 1998 one, not the TV remake", "It
    comes from <i>X</i> (the 1998 version)"; else None."""
    if not SOURCE_BEFORE_RE.search(norm[max(0, start - 30) : start]):
        return None
    return chosen_year(norm, end)


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


# Words of the film being made, not shown: "watched them film a scene of <i>X</i>".
MAKING_RE = re.compile(
    r"\b(?:filmed|filming|shoot|shooting|shot|making|made|crew|set|location"
    r"|scouting|cast|casting|wrap|production|scene|extra|extras)\b",
    re.IGNORECASE,
)


def era_year(title, opening):
    """The era year (``_era_year``) an opening sentence gives the quoted title."""
    key = match_key(title)
    for sentence in opening:
        for text, start, _end in sentence.quotes:
            if match_key(clean_title(text)) == key:
                year = _era_year(sentence, start)
                if year is not None:
                    return year
    return None


# Between the year and the title: a later viewing, not the film's time.
LATER_VIEWING_RE = re.compile(
    r"\b(?:watched|rewatched|revisited|streamed|rented|bought|found|finally|again"
    r"|DVD|VHS|Blu-ray|restored|restoration|reissue|anniversary|retrospective)\b",
    re.IGNORECASE,
)
# Just after a title: it is a song heard. "<i>X</i> playing on the radio".
HEARD_AFTER_RE = re.compile(r"^\W{0,3}\s(?:playing|played|plays|on\sthe\sradio|sung)\b")


def _era_year(sentence, start):
    """In one of the post's first two sentences, the one year said before the title
    of the post's film starting at ``start``, as the time it was everywhere: "By
    1994 the montage was a cliché, and <i>X</i> knows it", "If you were a teenager
    here in 1986 you could not escape <i>X</i>"; never the writer's own time
    ("since 1987", "saw it in 1982") nor a year it was being made; else None."""
    norm = sentence.norm
    years = list(re.finditer(rf"\b{YEAR}\b", norm))
    if sentence.number >= 2 or len({match.group(1) for match in years}) != 1:
        return None
    end = norm.find("\ue001", start) + 1
    if HEARD_AFTER_RE.match(norm[end : end + 30]):
        return None
    if years[0].start() > start or MAKING_RE.search(
        re.sub("\ue000[^\ue001]*\ue001", "", norm)
    ):
        return None
    if any(OWN_TIME_RE.search(norm[max(0, m.start() - 60) : m.start()]) for m in years):
        return None
    if LATER_VIEWING_RE.search(norm[years[0].end() : start]):
        return None  # "In 2019 I finally rewatched <i>X</i>": a later viewing
    return int(years[0].group(1))
