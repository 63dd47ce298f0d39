"""A song "by" someone with a copula, and a song said to be "the work of" its
writer ("The song was the work of A"). Every sentence here is invented for the
test."""

import pytest

from .test_credit_rules import tracks
from .test_discourse import extract

INTRO = "“Copper Kettle Rag” plays over the montage at the fair."


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The song was the work of Hester Vane, a jingle writer from Derby.",
            (["Hester Vane"], []),
        ),
        (
            "It was the work of Hester Vane and Ivo Brand.",
            (["Hester Vane", "Ivo Brand"], []),
        ),
        ("The film was the work of Hester Vane.", ([], [])),
        ("The montage was the work of the editor Hester Vane.", ([], [])),
        ("The song is by the Tin Roofs.", ([], ["Tin Roofs"])),
    ],
)
def test_a_song_that_is_the_work_of_its_writer(sentence, expected):
    assert tracks(extract(INTRO + " " + sentence)) == {"Copper Kettle Rag": expected}
