"""A title credited to a name, and its writers said apart: "“X”, credited to A and
written by B" (A is the act on the label); "the writer is A" in a sentence about
the song. Every sentence here is invented."""

import pytest

from .test_credit_rules import tracks
from .test_discourse import extract


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The song in the film is “Hay Moon”, credited to the Tarrow Orchestra "
            "and composed by Cora Lusk herself.",
            (["Cora Lusk"], ["Tarrow Orchestra"]),
        ),
        (
            "The song in the film is “Hay Moon”, credited to Ned Orr, and written "
            "for him by Cora Lusk.",
            (["Cora Lusk"], ["Ned Orr"]),
        ),
        # A record's one credited name is its act (credit_credited_to).
        ("The song in the film is “Hay Moon”, credited to Ned Orr.", ([], ["Ned Orr"])),
    ],
)
def test_a_credit_with_the_writers_said_apart_is_the_performers(sentence, expected):
    assert tracks(extract(sentence)) == {"Hay Moon": expected}


INTRO = "The song in the film is “Hay Moon”."


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "That's Ned Orr singing, and the writer is Cora Lusk, who wrote it on a bus.",
            (["Cora Lusk"], ["Ned Orr"]),
        ),
        (
            "The writer was Cora Lusk, who never got Ned Orr to sing it.",
            (["Cora Lusk"], []),
        ),
        ("The writer was Cora Lusk.", ([], [])),
        ("The writer was Cora Lusk, and the director was Ned Orr.", ([], [])),
    ],
)
def test_the_writer_in_a_sentence_about_the_song(sentence, expected):
    assert tracks(extract(INTRO, sentence)) == {"Hay Moon": expected}


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The song is “Hay Moon,” credited to Cora Lusk & The Tarrows.",
            ([], ["Cora Lusk & The Tarrows"]),
        ),
        (
            "We hear “Hay Moon”, credited to Ned Orr and The Night Owls.",
            ([], ["Ned Orr and The Night Owls"]),
        ),
        (
            "“Hay Moon” was credited to Jo Pike & The Pikes on the sleeve.",
            ([], ["Jo Pike & The Pikes"]),
        ),
        (
            "The song is “Hay Moon,” credited to Ned Orr, and The Times loved it.",
            ([], []),
        ),
        # The one name a record is credited to plays it (credit_credited_to).
        ("The song is “Hay Moon,” credited to The Tarrows.", ([], ["The Tarrows"])),
    ],
)
def test_a_credit_to_a_name_and_the_band_with_a_capital_the(sentence, expected):
    assert tracks(extract(sentence)) == {"Hay Moon": expected}
