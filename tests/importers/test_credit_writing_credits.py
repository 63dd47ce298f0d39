"""The writing credit said as a thing someone holds ("he and B share the
songwriting credit": he too; "the writing credit is hers alone"). Every sentence here is invented for the test."""

import pytest

from .test_credit_rules import tracks
from .test_discourse import extract

INTRO = "The dance in Hay Moon (1984) is set to “Tin Lantern”."

HELD = {
    "“Tin Lantern”: Ned Orr sings, and he and Cora Lusk share the writing credit.": [
        "Ned Orr",
        "Cora Lusk",
    ],
    "On “Tin Lantern” Ned Orr plays fiddle, and he and Cora Lusk share the "
    "writing credit.": ["Ned Orr", "Cora Lusk"],
    "It is billed to Cora Lusk & the Gullies, though the writing credit is hers "
    "alone.": ["Cora Lusk"],
    # not the stage, not a denial
    "Ned Orr and Cora Lusk share the stage in the finale.": [],
    "Ned Orr sang it, and the writing credit is not his alone.": [],
}


@pytest.mark.parametrize("sentence", HELD)
def test_the_writers_who_hold_the_writing_credit(sentence):
    writers = tracks(extract(INTRO, sentence))["Tin Lantern"][0]
    assert sorted(writers) == sorted(HELD[sentence])
