"""Someone "credited as its writer" writes the song named last, with whoever is
credited "along with" them; a part of the song "credited to" someone is theirs. A
subject that is not the pronoun itself, or a credit as no role of a song, credits
no one. Every sentence here is invented for the test."""

import pytest

from .test_credit_rules import tracks
from .test_discourse import extract

SUNG = "The dance is set to “Velvet Ladder”, sung by Kit Marsh."

CREDITED = [
    (
        "He's credited as its writer as well, along with the film's composer, Tom Reed.",
        ["Kit Marsh", "Tom Reed"],
    ),
    ("Tom Reed is credited as the song's co-writer.", ["Tom Reed"]),
    ("She wrote the tune, and the lyric is credited to Ann Lowe.", ["Ann Lowe"]),
    ("The words were credited to Ann Lowe and Tom Reed.", ["Ann Lowe", "Tom Reed"]),
]
# Traps: "she" is not the subject; a credit as no role of the song.
UNCREDITED = [
    "The man she married is credited as its writer.",
    "The film is credited as its inspiration.",
]


@pytest.mark.parametrize("sentence, writers", CREDITED)
def test_credited_as_a_writer(sentence, writers):
    assert set(writers) <= set(tracks(extract(SUNG, sentence))["Velvet Ladder"][0])


@pytest.mark.parametrize("sentence", UNCREDITED)
def test_credited_as_nothing_of_the_song(sentence):
    assert tracks(extract(SUNG, sentence))["Velvet Ladder"][0] == []
