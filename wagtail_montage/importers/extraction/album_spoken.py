"""Words quoted as speech, not a record's title: "'We've got the poster. And the
single. And the album.'", a quotation of several sentences, one of them naming a
record. A title is one phrase; speech runs on past a full stop ("Vol. 2", "Mr.
Blue" are abbreviations, not stops)."""

import re

# A full stop (or "!", "?") then a capitalised word: a second sentence begins.
# Not after an abbreviation: "Vol. 2", "Mr. Blue", "St. Louis".
SENTENCE_STOP_RE = re.compile(
    r"(?<!\bVol)(?<!\bNo)(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bJr)"
    r"(?<!\bPt)(?<!\bOp)(?<!\b[A-Z])[.!?]\s[A-Z\"\u201c']"
)


def spoken(text):
    """Whether quoted text is speech of more than one sentence, not a title."""
    return bool(SENTENCE_STOP_RE.search(text))
