"""The words offer_film reads: a year held to a title, a release, a film word before
a title, and what makes a title a song's or another film's."""

import re

from .film_year_words import FROM_YEAR_RE, RELEASED, YEAR_ALONE_RE
from .lexicon import CLOSE, OPEN
from .patterns import FILM_GENRES

YEAR = r"(1[89][0-9]{2}|20[0-9]{2})(?![0-9s])"
RELEASE = (
    rf"(?:first\s)?(?:{RELEASED}|was\sreleased|went\swide|went\sto\s(?:the\s)?cinemas?"
    r"|came\s(?:in|into|to)\s(?:the\s)?(?:cinemas?|theaters?|theatres?|kinos?))"
    r"(?:\s(?:the\s(?:following|next)\syear|a\syear\slater),)?"
)
# A record's word after its year: "the 1984 parent album", "the 2004 remaster".
RECORD = r"(?:[\w-]{1,20}\s)?(?:album|single|record|LP|EP|song|track|reissue|remaster)"
# Right after a title: its year in brackets (with a translation or a director
# before it), after a comma, "the 1966 one", "from 1978", "of the year 1975".
ATTACHED_RE = re.compile(
    rf"\s?\((?!from\s)(?:[^()\n]{{1,60}}?[,;]\s?)?{YEAR}\)"
    rf"|,\s(?:the\s)?{YEAR}\b(?!\s?(?:[-/\u2013]|to\b|and\b|{RECORD}))"
    rf"|,?\s(?:from|of)\s(?:the\syear\s)?{YEAR}\b"
    rf"|,\sin\s{YEAR},"
    rf"|,\s(?:it's|it\sis|it\swas)\sfrom\s{YEAR}\b"
)
# A release and its year: "came out in 1976", "opened in the spring of 1984".
SEASON = r"(?:the\s(?:spring|summer|autumn|fall|winter)\sof\s)?"
WHEN = rf"\s(?:in\s)?{SEASON}(?:[A-Z][a-z]{{2,8}}\s)?(?:of\s)?{YEAR}"
RELEASE_YEAR_RE = re.compile(rf"\b{RELEASE}{WHEN}")
# Right after a title: its release (", which opened in May 1984").
RELEASE_AFTER_RE = re.compile(
    rf"(?:,\s(?:which|that)\s|\s)(?:[\w-]{{1,12}}\s){{0,2}}?{RELEASE}{WHEN}"
)
# Just before a title: "the 1979 film", "a 1982 teen comedy", "Ann Roe's 1985 drama".
YEAR_GENRE_RE = re.compile(
    rf"\b{YEAR}\s(?:(?!(?:for|in|from|to|of|on|at)\s)[\w-]{{1,20}}\s){{0,2}}?{FILM_GENRES}s?,?\s?[{OPEN}\u201e\u201c]?$"
)
# The next sentence gives "it" its year: "It's from 1966.", "1985."
NEXT_YEAR_RES = (FROM_YEAR_RE, YEAR_ALONE_RE)
# After a title's year, the film's kind: "X, the 2003 romance", "(1969), a drama".
GENRE_AFTER_RE = re.compile(
    rf",?\s(?:a\s|an\s)?(?:[\w-]{{1,20}}\s){{0,2}}?{FILM_GENRES}\b"
)
# Right after a title's year: its release or its filming ("(1995) came out",
# "(1972) were filmed").
DONE_AFTER_RE = re.compile(
    rf"[^.;]{{0,30}}?\b(?:{RELEASE}|(?:was|were|got)\s(?:\w+\s)?(?:shot|filmed))\b"
)
# A film word just before a title: "the film", "a picture called", "the soundtrack
# LP to", "from the movie".
FILM_LEAD = (
    r"\b(?:(?:the|a|an|this|that|new|old|my)\s(?:[\w-]{1,20}\s){0,2}?"
    r"(?:film|movie|picture|feature)|soundtrack(?:\s(?:LP|album|record))?\s(?:to|of|from)"
    r"|(?:film|movie|picture)\s(?:called|named|titled)|saw|seen|watched|rewatched|screened"
    r"|(?:song|theme|single|number|track|music|score|songs|tune|ballad)\s(?:from|of|in))[,:]?\s"
)
FILM_BEFORE_RE = re.compile(FILM_LEAD + "$", re.IGNORECASE)
FILM_NOUN_RE = re.compile(FILM_LEAD, re.IGNORECASE)
# Just after a title: it was filmed ("X was shot", "X were filmed").
SHOT_AFTER_RE = re.compile(
    r"[^.;]{0,30}?\b(?:was|were|got)\s(?:\w+\s)?(?:shot|filmed)\b"
)
# A song's or a record's title: "the single X", "by X (2001)" (an act's name).
SONG_BEFORE_RE = re.compile(
    r"\b(?:song|single|track|tune|ballad|number|B-side|A-side|by|album|LP|EP)\s?$",
    re.IGNORECASE,
)
SONG_AFTER_RE = re.compile(
    r"\s?(?:\([^()]{0,30}\)\s?)?(?:by|sung\sby|performed\sby|feat\.?)\s[A-Z]"
)
# Another film: "the 2009 remake", "his previous film", "such as X".
OTHER_BEFORE_RE = re.compile(
    r"\b(?:remake|sequel|prequel|previous|earlier|later|next|other|another|such\sas"
    r"|like|re-release|reissue|remaster|follow-up|spin-off)\b[^.]{0,25}$",
    re.IGNORECASE,
)
OTHER_AFTER_RE = re.compile(
    r"[^.;]{0,20}?\b(?:remake|sequel|prequel|re-release|re-issue|reissue|remaster)\b"
)
QUOTED_RE = re.compile(
    rf"[{OPEN}\u201e\u201c\u300c\u300e\u00ab]([^{OPEN}{CLOSE}\u201e\u201c\u201d"
    rf"\u300c\u300d\u300e\u300f\u00ab\u00bb\n]{{1,80}})[{CLOSE}\u201c\u201d\u300d\u300f\u00bb]"
)
# Words before a title that are not its own: "from X", "the film X", "is X".
LEADS = frozenset(
    {
        "from",
        "in",
        "film",
        "movie",
        "picture",
        "called",
        "named",
        "titled",
        "saw",
        "watched",
        "rewatched",
        "see",
        "is",
        "was",
        "about",
        "of",
        "to",
        "when",
        "screened",
    }
)
SMALL_WORDS = frozenset(
    {"of", "the", "a", "an", "and", "in", "on", "at", "to", "for", "with", "from"}
)
# Not a film's title: a sentence's opening word, a month, a label.
STOP_TITLES = frozenset(
    {
        "The",
        "It",
        "In",
        "A",
        "This",
        "That",
        "Then",
        "When",
        "I",
        "We",
        "He",
        "She",
        "They",
        "Title",
        "Year",
        "Film",
        "Released",
        "Published",
    }
)
# English words that are no word of a title written in another language.
ENGLISH_WORDS = frozenset(
    """song songs film movie picture from that this which who is was were are be my
    his her their our your its it the with about when where what one year years and
    but or not no yes so very just all some every new old first last best music
    tune track single album record soundtrack theme night day time i i'm it's he she
    we they him them me us once met had have has got went did said says there then
    here now also still only like after before because meanwhile""".split()
)
