"""What a record's credit says, reported: "The writing credit on the single reads A
and B", "the credits split the writing between A and B", "the sleeve says words
and music by A". Every sentence here is invented for the test."""

import pytest

from .test_credit_rules import tracks
from .test_discourse import extract

INTRO = "The dance in Hay Moon (1984) is set to “Tin Lantern”, sung by Ned Orr."


@pytest.mark.parametrize(
    "sentence, composers",
    [
        (
            "The writing credit on the 45 reads Cora Lusk and Bo Lind (Lind played bass).",
            ["Cora Lusk", "Bo Lind"],
        ),
        (
            "Its credits split the writing between Cora Lusk and Bo Lind.",
            ["Cora Lusk", "Bo Lind"],
        ),
        (
            "My old sleeve says words and music by Cora Lusk, whoever she was.",
            ["Cora Lusk"],
        ),
    ],
)
def test_the_writers_a_records_credit_names(sentence, composers):
    assert tracks(extract(INTRO, sentence)) == {"Tin Lantern": (composers, ["Ned Orr"])}


@pytest.mark.parametrize(
    "sentence",
    [
        "The sleeve reads Ned Orr & the Reeds.",
        "The label on my copy says Polar in big letters and nothing else.",
        "The writing credit reads like a legal document.",
        "The liner notes list Cora Lusk as a friend of the band.",
    ],
)
def test_no_writer_from_a_credit_that_names_the_act_or_no_one(sentence):
    assert tracks(extract(INTRO, sentence)) == {"Tin Lantern": ([], ["Ned Orr"])}
