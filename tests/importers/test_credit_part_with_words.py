"""The music of the song named last, with its words named beside it ("The music is
by A, with lyrics by B", "Music is by the composer pair A and B, with lyrics by C",
"Its music was by A and words from B"): both are its writers, for no film's score
has lyrics; "The music is by A" alone may be the score's and credits no song. Every
sentence here is invented for the test."""

import pytest

from .test_credit_rules import tracks
from .test_discourse import extract

SONG = "The montage uses “Oar Song”."

FOUND = [
    (
        "The music is by Vik Sethi, with lyrics by Fara Jalil.",
        ["Vik Sethi", "Fara Jalil"],
    ),
    (
        "Music is by the composer pair Vik Sethi and Lal Bhave, with lyrics by Fara "
        "Jalil.",
        ["Vik Sethi", "Lal Bhave", "Fara Jalil"],
    ),
    ("Music was by Vik Sethi and words by Fara Jalil.", ["Vik Sethi", "Fara Jalil"]),
]


@pytest.mark.parametrize("sentence, writers", FOUND)
def test_music_with_its_words(sentence, writers):
    assert tracks(extract(SONG, sentence))["Oar Song"][0] == writers


# Traps: the music alone, maybe the film's score.
KEPT = [
    "The music is by Vik Sethi.",
    "Music is by Vik Sethi, with a few cues by Lal Bhave.",
]


@pytest.mark.parametrize("sentence", KEPT)
def test_music_alone(sentence):
    assert tracks(extract(SONG, sentence))["Oar Song"][0] == []
