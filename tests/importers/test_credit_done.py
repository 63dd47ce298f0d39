"""A known song "done by" an act right after its title is performed by it. Every
sentence here is invented for the test."""

import pytest

from .test_credit_rules import tracks
from .test_discourse import extract

SONG = "The montage is cut to “Pier Lamps”."


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The tune is “Pier Lamps”, done by the Gannets, a pub band.", ["Gannets"]),
        ("“Pier Lamps” was done by Ann Lee in one take.", ["Ann Lee"]),
        (
            "They used “Pier Lamps” — done live by the Tin Fiddles — over the shots.",
            ["Tin Fiddles"],
        ),
        # Trap: no one named.
        ("“Pier Lamps” was done by the book.", []),
    ],
)
def test_a_song_done_by_an_act(sentence, expected):
    assert tracks(extract(SONG, sentence))["Pier Lamps"][1] == expected


def test_done_makes_no_title_a_song():
    assert (
        tracks(extract("The opening is “Pier Lamps”, done by the second unit.")) == {}
    )
