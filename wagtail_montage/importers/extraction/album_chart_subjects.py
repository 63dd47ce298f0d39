"""Whose chart place an albums chart names after an italic title: the title's own
only when nothing else takes it. "the closing number, <i>X</i>, and the soundtrack
album got to No. 4 on the albums chart" charts the soundtrack, not X: X is named as
a song (a song's noun in apposition just before it), and another record is the
subject of the clause that reaches the chart ("and the album", "while the LP").
Every pattern is bounded, with no nested quantifier."""

import re

from .record_sources import OWNER_WORDS, RECORD_NOUNS, SONG_NOUNS

# Just before the title, the song noun it names ("the closing number, ", "her big
# single ", "a slow tune: "); after it, before the chart, another record opening a
# clause of its own (", and the soundtrack album (...) got to", "while the film's
# LP reached").
SONG_APPOSED_RE, OTHER_RECORD_RE = (
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        rf"\b{OWNER_WORDS}\s(?:[\w-]{{1,20}}\s){{0,2}}?{SONG_NOUNS}\s?[,:]?\s?$",
        rf"\b(?:and|but|while|whereas)\s{OWNER_WORDS}\s(?:(?:film's|original"
        rf"|soundtrack|cast)\s)?{RECORD_NOUNS}\b",
    )
)


def charted_other(before, clause):
    """Whether the italic title before ``clause`` is not the record that clause
    charts: a song's noun names it just ``before``, or another record is the
    subject of the ``clause``."""
    return bool(SONG_APPOSED_RE.search(before) or OTHER_RECORD_RE.search(clause))
