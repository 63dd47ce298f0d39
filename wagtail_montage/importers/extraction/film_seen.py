"""The year the film was seen in its first run, which is its year: "I saw it at the
Paramount in Halifax in the fall of 1987", "since 1987, when we saw <i>X</i> twice in
one weekend", "a film he saw twice in 1977", "<i>X</i>. Held over eleven weeks in the
spring of 1983". Not a later viewing: on tape, video or television, again, or a
rewatch. Every pattern is bounded."""

import re

from .patterns import YEAR

SEASON = r"(?:the\s(?:spring|summer|autumn|fall|winter)\sof\s|[A-Z][a-z]{2,8}\s)?"
# Words of a later viewing, which dates no film.
_LATER = (
    r"(?![^.;]{0,80}?\b(?:again|tape|video|VHS|DVD|TV|television|telly|cable"
    r"|streaming|rented|rewatch\w*|re-release\w*|revival|anniversary)\b)"
)
SEEN_IN_CINEMA_RES = (
    # "saw it at the Paramount in Halifax in the fall of 1987": at a named cinema
    re.compile(
        rf"\b(?:saw|watched|caught)\s{_LATER}(?:it|the\s(?:film|movie|picture)"
        r"|[^.;]{1,50}?)\s(?:at\sthe\s[A-Z][\w'-]{1,20}|in\sa\s(?:cinema|theatre"
        r"|theater)|at\sthe\s(?:cinema|pictures|drive-in|movies))\b[^.;]{0,40}?"
        rf"\sin\s{SEASON}{YEAR}\b"
    ),
    # "since 1987, when we saw <i>X</i> twice": the year, then the viewing
    re.compile(
        rf"\b(?:in|since)\s{SEASON}{YEAR},\swhen\s(?:we|I|he|she|they)\s(?:first\s)?"
        rf"(?:saw|watched|caught){_LATER}\b"
    ),
    # "a film he saw twice in 1977", "we saw it three times in the summer of 1984"
    re.compile(
        rf"\b(?:saw|watched)\s(?:it\s)?(?:twice|three\stimes|four\stimes)\s{_LATER}"
        rf"in\s{SEASON}{YEAR}\b"
    ),
    # "Held over eleven weeks in the spring of 1983": its first run
    re.compile(
        r"\b(?:[Hh]eld\sover|ran)\s(?:for\s)?(?:[a-z]{3,9}|[0-9]{1,2})\sweeks\s"
        rf"(?:at\sthe\s[A-Z][\w'-]{{1,20}}\s)?in\s{SEASON}{YEAR}\b"
    ),
)
# Just after a title: a film said to be seen in its first run. "“X,” a film he saw
# twice in 1977", "<i>X</i>, a movie we caught at the Odeon in 1983", "<i>X</i>, the
# picture my mother first saw in the spring of 1984"; not "a film I saw on tape in
# 1995" nor "saw again in 1990".
SEEN_AFTER = (
    r",?\s(?:a|an|the)\s(?:film|movie|picture)\s(?:that\s)?(?:I|we|he|she|they"
    r"|my\s[a-z]{3,12}|our\s[a-z]{3,12})\s(?:first\s)?(?:saw|watched|caught)\s"
    r"(?:(?!again|tape|video|VHS|DVD|TV|television|cable|rented)[^.;\ue000]){0,40}?"
    rf"\bin\s{SEASON}{YEAR}\b"
)
