"""The film a soundtrack record's title names, dated by the words set beside the
record after a comma: "<i>Gull Bay: Music from the Film</i>, Ann Roe's 1969
soundtrack", "<i>Gull Bay (Original Score)</i>, her cues for the 1977 film". The
record of a film's music is dated with the film, even in a sentence about a reissue
of it ("the first reissue of <i>X: Music from the Film</i>, A's 1969 soundtrack");
taken only for a post that names no film otherwise, and when the post dates its
records so once or always with one year."""

import re

from ..prose import match_key
from .film_albums import SOUNDTRACK_TITLE_RE
from .patterns import YEAR
from .sentences import clean_title

# "X (Original Score)", "X (Original Motion Picture Soundtrack)": the film is X.
BRACKETED_RECORD_RE = re.compile(
    r"^(.{2,60}?)\s\((?:Original\s)?(?:Motion\sPicture\s)?(?:Soundtrack|Score)\)$",
    re.IGNORECASE,
)
# Right after the record's title: whose record of which year it is. ", Ann Roe's
# 1969 soundtrack", ", the 1983 score", ", her cues for the 1977 film".
DATED_BESIDE_RE = re.compile(
    r"^,\s(?:(?:[A-Z][\w.'-]{0,20}\s){0,2}[A-Z][\w.-]{0,20}['\u2019]s|the|an?|its"
    rf"|their|his|her)\s(?:[a-z-]{{1,20}}\s){{0,4}}?{YEAR}\s(?:[a-z-]{{1,20}}\s){{0,2}}?"
    r"(?:soundtrack|score|film|movie|picture)\b"
)


def film_of_record(title):
    """The film a record's title names ("X: Music from the Film", "X (Original
    Score)"), or ""."""
    found = SOUNDTRACK_TITLE_RE.match(title) or BRACKETED_RECORD_RE.match(title)
    return found.group(1).strip() if found else ""


def dated_record_film(sentences):
    """``(film, year, sentence)`` of the one film a record's title names with the
    year set beside the record, or None."""
    found = []
    for sentence in sentences:
        for text, _start, end in sentence.quotes:
            film = film_of_record(clean_title(text))
            beside = DATED_BESIDE_RE.match(sentence.norm[end : end + 100])
            if film and beside:
                found.append((film, int(beside.group(1)), sentence))
    if len({(match_key(film), year) for film, year, _sentence in found}) != 1:
        return None
    return found[0]
