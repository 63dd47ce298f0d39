"""A name after a place's preposition and before "and <verb>" is where the writer
was, not who wrote ("drove to the inn in Tulsa and wrote it"); a list of names given
by their roles goes on past ", and its bassist, B". Every sentence here is invented
for the test."""

import pytest

from .test_credit_rules import tracks
from .test_discourse import extract

INTRO = "“Copper Kettle Rag” plays over the montage at the fair."


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "So I drove back to the inn in Tulsa and wrote it before breakfast.",
            ([], []),
        ),
        (
            "Then she walked out to the pier at Hollis and wrote it on a napkin.",
            ([], []),
        ),
        (
            "Hester Vane and Ivo Brand wrote it in a week.",
            (["Hester Vane", "Ivo Brand"], []),
        ),
    ],
)
def test_a_place_before_and_wrote_is_no_writer(sentence, expected):
    assert tracks(extract(INTRO + " " + sentence)) == {"Copper Kettle Rag": expected}


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "It was written by the band's drummer, Hester Vane, and its "
            "bassist, Ivo Brand, over one wet weekend.",
            (["Hester Vane", "Ivo Brand"], []),
        ),
        (
            "It was written by their drummer, Hester Vane, and the engineer Ivo "
            "Brand mixed it.",
            (["Hester Vane"], []),
        ),
    ],
)
def test_writers_given_by_their_roles(sentence, expected):
    assert tracks(extract(INTRO + " " + sentence)) == {"Copper Kettle Rag": expected}


def test_a_band_after_a_writer_given_by_role_starts_a_clause():
    sentence = (
        "It was written by their drummer, Hester Vane, and the Finns somehow "
        "heard a tape of it."
    )
    assert tracks(extract(INTRO + " " + sentence)) == {
        "Copper Kettle Rag": (["Hester Vane"], [])
    }
