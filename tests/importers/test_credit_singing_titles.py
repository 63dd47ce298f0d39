"""A named singer seen singing a quoted title ("cuts the race to A singing “X”",
"with B performing “X” on the radio") performs it, and the title is a song; not a
cover, a likeness or a question. Every sentence here is invented for the test."""

import pytest

from .test_credit_rules import tracks
from .test_discourse import extract

INTRO = "The dance in Hay Moon (1984) is set to “Tin Lantern”."


@pytest.mark.parametrize(
    "sentence, title, singer",
    [
        (
            "The editor cuts the whole race to Cora Lusk singing “Tin Lantern”.",
            "Tin Lantern",
            "Cora Lusk",
        ),
        (
            "Then the kitchen, with Ned Orr singing “Salt Hymn” on the radio.",
            "Salt Hymn",
            "Ned Orr",
        ),
        (
            "We hear the Gullies performing “Salt Hymn” from the next room.",
            "Salt Hymn",
            "Gullies",
        ),
    ],
)
def test_the_singer_seen_singing_the_title_performs_it(sentence, title, singer):
    assert tracks(extract(INTRO, sentence))[title] == ([], [singer])


@pytest.mark.parametrize(
    "sentence",
    [
        "Honestly it sounds like Ned Orr singing “Tin Lantern” in a bathtub.",
        "The extras have Ned Orr covering and then singing “Tin Lantern” live.",
        "Is that really Ned Orr singing “Tin Lantern”?",
    ],
)
def test_no_singer_from_a_likeness_a_cover_or_a_question(sentence):
    assert tracks(extract(INTRO, sentence))["Tin Lantern"] == ([], [])
