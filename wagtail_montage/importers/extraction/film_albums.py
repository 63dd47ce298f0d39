"""The film a soundtrack album's title names: "<i>Gull Bay: Original Motion Picture
Soundtrack</i>" is the album of the film Gull Bay. With the year the post gives that
title elsewhere ("“X”, from <i>Gull Bay</i> (1993)"), it is the post's film."""

import re

from ..prose import match_key
from .patterns import FILM_AFTER_RE
from .sentences import clean_title

# An album's title that names its film: "X: Original Motion Picture Soundtrack",
# "X: Music from the Motion Picture", "X: Songs from the Film".
SOUNDTRACK_TITLE_RE = re.compile(
    r"^(.{2,60}?)(?::|\s[-\u2013\u2014])\s(?:(?:The\s)?Original\s)?(?:Motion\sPicture\s)?(?:Soundtrack"
    r"|Music\sfrom\sthe\s(?:Motion\sPicture|Film|Movie)|Songs\sfrom\sthe\s(?:Motion"
    r"\sPicture|Film|Movie))\b",
    re.IGNORECASE,
)


# After a title, a bare year: weak alone, enough for a film a soundtrack album
# names. "the lead single from <i>X</i> in the spring of 1984".
BARE_YEAR_AFTER_RE = re.compile(
    r"^\s(?:in|from)\s(?:the\s(?:spring|summer|autumn|fall|winter)\sof\s|early\s|late\s"
    r"|[A-Z][a-z]{2,8}\s)?(1[89][0-9]{2}|20[0-9]{2})\b"
)


def soundtrack_films(sentences):
    """The films the titles of the post's soundtrack albums name, in order."""
    names = []
    for sentence in sentences:
        for text, _start, _end in sentence.quotes:
            found = SOUNDTRACK_TITLE_RE.match(clean_title(text))
            name = found.group(1).strip() if found else ""
            if name and name not in names:
                names.append(name)
    return names


def dated_film_of_album(sentences):
    """``(title, year, sentence)`` of the one film a soundtrack album names that the
    post also gives with its year ("<i>X</i> (1993)", "<i>X</i>, released in
    1993", "the single from <i>X</i> in 1993"), or None."""
    keys = {match_key(name) for name in soundtrack_films(sentences)}
    found = []
    for sentence in sentences:
        for text, _start, end in sentence.quotes:
            title = clean_title(text)
            after = FILM_AFTER_RE.match(
                sentence.norm[end : end + 80]
            ) or BARE_YEAR_AFTER_RE.match(sentence.norm[end : end + 80])
            if title and after and match_key(title) in keys:
                year = int(next(group for group in after.groups() if group))
                found.append((title, year, sentence))
    if len({(match_key(title), year) for title, year, _sentence in found}) != 1:
        return None
    return found[0]


# A soundtrack record named in the sentence: "the soundtrack album", "The LP".
SOUNDTRACK_NAMED_RE = re.compile(
    r"\bsoundtrack\b|\b[Tt]he\s(?:LP|album)\b|\((?:Original\s)?(?:Motion\sPicture\s)?"
    r"(?:Soundtrack|Music\sfrom\sthe\s(?:Motion\sPicture|Film|Movie))\)"
)
# Its first release by a label, with the year: "released on Capstan Records in June
# 1983", "came out on Sub-Level Records in September 1993", "put out by Pennine
# Records in November 1982".
LABEL_RELEASE_RE = re.compile(
    r"\b(?:released|came\sout|put\sout|issued)\s(?:on|by)\s[A-Z][\w&'.-]{0,30}"
    r"(?:\s[A-Z][\w&'.-]{0,30}){0,3}\sin\s(?:[A-Z][a-z]{2,8}\s)?"
    r"(1[89][0-9]{2}|20[0-9]{2})\b"
)
REISSUE_RE = re.compile(
    r"\bre-?(?:issue|issued|released|release|pressing|mastered)\b", re.I
)


def soundtrack_year(sentences):
    """The one year the post says its soundtrack record first came out on a label
    ("the soundtrack album, <i>X</i>, released on Capstan Records in June 1983"),
    taken for a film whose title the post names but never dates; or None."""
    years = set()
    for sentence in sentences:
        if sentence.heading or REISSUE_RE.search(sentence.norm):
            continue
        if SOUNDTRACK_NAMED_RE.search(sentence.norm):
            years.update(LABEL_RELEASE_RE.findall(sentence.norm))
    return int(years.pop()) if len(years) == 1 else None
