"""Who did it, described in a relative clause and named after it in commas ("The
band that recorded it, The Dune Grass, were four lads from Fife"), did it to the song
named last; words in commas that are no name, or a list that runs on, credit no
one. Every sentence here is invented for the test."""

import pytest

from .test_credit_rules import tracks
from .test_discourse import extract

SONG = "The dance is set to “Velvet Ladder”."

NAMED = [
    (
        "The band that recorded it, The Dune Grass, were four lads from Fife.",
        ([], ["The Dune Grass"]),
    ),
    ("The group who recorded it, Dune Grass, split in 1980.", ([], ["Dune Grass"])),
    ("The woman who wrote it, Ann Lowe, still lives in Hull.", (["Ann Lowe"], [])),
]
# Traps: an aside that names no one; a list that runs on past the commas.
UNNAMED = [
    "The band that recorded it, London being what it was, never got paid.",
    "The band that recorded it, Dune Grass and the Reeds and Tom and Kit, were many.",
]


@pytest.mark.parametrize("sentence, credits", NAMED)
def test_a_doer_named_in_commas(sentence, credits):
    assert tracks(extract(SONG, sentence))["Velvet Ladder"] == credits


@pytest.mark.parametrize("sentence", UNNAMED)
def test_no_doer_named(sentence):
    assert tracks(extract(SONG, sentence))["Velvet Ladder"] == ([], [])
