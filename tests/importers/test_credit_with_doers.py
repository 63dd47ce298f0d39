"""The last name of a "with" list that a credit verb follows is that verb's
subject: "which A co-wrote with B and the Cs recorded" is A and B writing, the Cs
recording, and "B and the Cs" no band. Every sentence here is invented for the
test."""

import pytest

from .test_credit_rules import tracks
from .test_discourse import extract

INTRO = "The dance in Hay Moon (1984) is set to “Tin Lantern”."
WRITERS = ["Cora Lusk", "Ned Orr"]


@pytest.mark.parametrize(
    "sentence, singer",
    [
        (
            "“Tin Lantern”, which Cora Lusk co-wrote with Ned Orr and the Hollow "
            "Pines recorded, closes the film.",
            "Hollow Pines",
        ),
        ("Cora Lusk wrote it with Ned Orr and Ivo Brandt sang it.", "Ivo Brandt"),
        (
            "Cora Lusk co-wrote it with Ned Orr & the Larks recorded it in a week.",
            "Larks",
        ),
    ],
)
def test_the_name_before_the_verb_does_it(sentence, singer):
    assert tracks(extract(INTRO, sentence)) == {"Tin Lantern": (WRITERS, [singer])}


@pytest.mark.parametrize(
    "sentence",
    [
        "Cora Lusk wrote it with Ned Orr and the Larks.",
        "Cora Lusk wrote it with Ned Orr and then the two of them lost it.",
        "Cora Lusk wrote it with Ned Orr and the Larks recorded “Salt Hymn”.",
    ],
)
def test_no_singer_without_a_verb_of_this_song(sentence):
    assert tracks(extract(INTRO, sentence))["Tin Lantern"][1] == []
