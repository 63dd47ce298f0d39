"""A plural act that plays a song performs it ("the Gannets play “X”"); a place
before "play" is where, not who. Every sentence here is invented for the test."""

import pytest

from .test_credit_rules import tracks
from .test_discourse import extract

SONG = "The montage is cut to “Pier Lamps”."


@pytest.mark.parametrize(
    "sentences, expected",
    [
        (
            (
                "Underneath it The Halyards play “Pier Lamps”, which their singer wrote.",
                SONG,
            ),
            ["The Halyards"],
        ),
        (
            (SONG, "In Leeds the Tin Fiddles play “Pier Lamps” at half speed."),
            ["Tin Fiddles"],
        ),
        (
            (SONG, "Ann Lee and Tom Lane play “Pier Lamps” on two battered guitars."),
            ["Ann Lee", "Tom Lane"],
        ),
        # Traps: a place, and "we".
        ((SONG, "Fans in Wigan play “Pier Lamps” at every match."), []),
        ((SONG, "We play “Pier Lamps” at every wedding."), []),
    ],
)
def test_a_plural_act_that_plays_the_song_performs_it(sentences, expected):
    assert tracks(extract(*sentences))["Pier Lamps"][1] == expected
