"""A song its writer wrote about something ("“X”, which A wrote about his
grandfather's boat") names its writer; "which A wrote about" alone is a review.
Every sentence here is invented for the test."""

import pytest

from .test_credit_rules import tracks
from .test_discourse import extract

SONG = "The montage is cut to “Weather Vane”."


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Underneath it the Halyards play “Weather Vane”, which their singer Gus "
            "Tamm wrote about his grandfather's boat.",
            ["Gus Tamm"],
        ),
        (
            "We hear “Weather Vane”, which Ann Lee penned about a winter in Hull.",
            ["Ann Lee"],
        ),
        (
            "We hear “Weather Vane”, which Tom Lane composed about the night the mill "
            "closed.",
            ["Tom Lane"],
        ),
        # Traps: a review.
        ("We hear “Weather Vane”, which Rolling Stone wrote about.", []),
        ("We hear “Weather Vane”, which the NME wrote about in 1979.", []),
    ],
)
def test_a_song_written_about_something(sentence, expected):
    assert tracks(extract(SONG, sentence))["Weather Vane"][0] == expected
