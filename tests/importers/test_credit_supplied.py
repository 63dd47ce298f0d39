"""Someone who "supplied the words", "provided the melody" or "added the lyric"
wrote them; the same verbs with something else, or with "the music" (a score, or a
record put on the cut), credit no one. Every sentence here is invented for the
test."""

import pytest

from .test_credit_rules import tracks
from .test_discourse import extract

SONG = "The dance is set to “Velvet Ladder”, sung by Kit Marsh."

SUPPLIED = [
    (
        "Ann Lowe wrote the melody and took it to Tom Reed, who supplied the words.",
        ["Ann Lowe", "Tom Reed"],
    ),
    ("Tom Reed supplied the lyrics over one long winter.", ["Tom Reed"]),
    (
        "Tom Reed provided the tune and Ann Lowe added the lyric.",
        ["Tom Reed", "Ann Lowe"],
    ),
]
# Traps: something else supplied; "the music" added on the cut.
SUPPLIED += [
    ("Tom Reed supplied the van for the shoot.", []),
    ("The editor, Tom Reed, added the music at the last minute.", []),
]


@pytest.mark.parametrize("sentence, writers", SUPPLIED)
def test_a_part_supplied(sentence, writers):
    assert tracks(extract(SONG, sentence))["Velvet Ladder"][0] == writers
