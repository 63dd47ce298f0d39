"""The writer named in what a singer is said to be doing: "“X” is A singing a B
song", "A playing B's tune", "A doing a number she co-wrote with B". Every sentence
here is invented for the test."""

import pytest

from .test_credit_rules import tracks
from .test_discourse import extract

INTRO = "The barn dance is set to “Hay Moon” by the Fenns."


@pytest.mark.parametrize(
    "sentence, composers",
    [
        ("“Hay Moon” is Ida Fenn singing a Ned Orr song.", ["Ned Orr"]),
        ("Mostly it is the Fenns playing Ned Orr's tune, slowly.", ["Ned Orr"]),
        (
            "What you hear is Ida Fenn doing a number she co-wrote with Ned Orr.",
            ["Ida Fenn", "Ned Orr"],
        ),
        ("“Hay Moon” is Ida Fenn performing a ballad penned by Ned Orr.", ["Ned Orr"]),
        # traps: an instrument, a part acted, another song quoted, no singer named
        ("The film opens with Ida Fenn playing a Steinway piano.", []),
        ("The scene shows Ida Fenn playing Ned Orr's daughter.", []),
        ("“Dry Wells”, the next one, is Ida Fenn singing a Ned Orr song.", []),
        ("She is doing a Ned Orr song.", []),
    ],
)
def test_the_writer_of_the_song_a_singer_is_doing(sentence, composers):
    assert tracks(extract(INTRO + " " + sentence))["Hay Moon"][0] == composers
