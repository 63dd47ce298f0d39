"""An act named by a plural possessive right before a song's title performs it:
"the Tin Fiddles' ballad “X”". Every sentence here is invented for the test."""

import pytest

from .test_credit_rules import tracks
from .test_discourse import extract

SONG = "The montage is cut to “Pier Lamps”."


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The song under it is The Lonesome Machines' “Pier Lamps”, written by "
            "their singer.",
            ["The Lonesome Machines"],
        ),
        (
            "You know it: the Gannet Sisters’ 1971 single “Pier Lamps”.",
            ["Gannet Sisters"],
        ),
        ("Nobody forgets the Tin Fiddles' ballad “Pier Lamps”.", ["Tin Fiddles"]),
        # Traps: a decade, a family's song, a label are no act.
        ("It was the Sixties' “Pier Lamps” moment.", []),
        ("The Pattersons' wedding song “Pier Lamps” came on.", []),
        ("It was on Capitol Records' “Pier Lamps” reissue.", []),
    ],
)
def test_a_plural_possessive_act_performs_the_song(sentence, expected):
    assert tracks(extract(SONG, sentence))["Pier Lamps"][1] == expected
