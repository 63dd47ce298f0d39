"""An act presented with its song, as a countdown or a radio host does ("First the
Bs with “X”", "Opening the countdown, The Bs with “X”", "Next up: A with “X”")
performs it; the leader of that act named beside it is no performer of their own.
Every sentence here is invented for the test."""

import pytest

from .test_credit_rules import tracks
from .test_discourse import extract

INTRO = "The dance in Hay Moon (1984) has two songs."

PRESENTED = {
    "First Ned & The Lodgers with “Salt Hymn”, Ned Orr's only real hit.": [
        "Ned & The Lodgers"
    ],
    "Opening the countdown, The Mallow Four with “Salt Hymn”, the slow one.": [
        "The Mallow Four"
    ],
    "Next up: Cora Lusk with “Salt Hymn”.": ["Cora Lusk"],
}
NOT_PRESENTED = (
    "Compare Cora Lusk with “Salt Hymn” and you hear the debt.",
    "She wrote a duet with “Salt Hymn” in mind.",
)


@pytest.mark.parametrize("sentence", PRESENTED)
def test_the_act_presented_with_its_song_performs_it(sentence):
    assert tracks(extract(INTRO, sentence))["Salt Hymn"][1] == PRESENTED[sentence]


@pytest.mark.parametrize("sentence", NOT_PRESENTED)
def test_no_act_from_a_verb_or_a_phrase_with_with(sentence):
    assert tracks(extract(INTRO, sentence)).get("Salt Hymn", ([], []))[1] == []
