"""Credits read past an aside in brackets or an apposition before the name, and
names without the words a name run took in before a title: "“X” (named for ...)
was sung by A and written by B", "by A (bass, Room 4) with B", "by one of our own,
A", "OUR OWN Mr. A". Every sentence here is invented for the test."""

import pytest

from .test_credit_rules import tracks
from .test_discourse import extract


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The picture's theme, “Kestrel Hour” (named for the hour at dusk when the "
            "old harbour lamps come on), was sung by Nell Orchard and written by "
            "Ivo Brandt, a retired ferryman.",
            {"Kestrel Hour": (["Ivo Brandt"], ["Nell Orchard"])},
        ),
        (
            "The closing song, “Kestrel Hour”, was written by Ivo Brandt (piano, "
            "Studio 2) with Wren Halloway.",
            {"Kestrel Hour": (["Ivo Brandt", "Wren Halloway"], [])},
        ),
        (
            "The closing song, “Kestrel Hour”, was written by one of our own, "
            "Ivo Brandt, who taught woodwork here for years.",
            {"Kestrel Hour": (["Ivo Brandt"], [])},
        ),
        (
            "The closing song, “Kestrel Hour”, was written by a woman everyone calls "
            "Moss.",
            {"Kestrel Hour": (["Moss"], [])},
        ),
        (
            "The closing song, “Kestrel Hour”, was written by Brother Ivo Brandt.",
            {"Kestrel Hour": (["Ivo Brandt"], [])},
        ),
        (
            "The closing song, “Kestrel Hour”, was sung by Sister Sledgehammer.",
            {"Kestrel Hour": ([], ["Sister Sledgehammer"])},
        ),
        (
            "The closing song, “Kestrel Hour”, was written by OUR OWN Mr. Ivo Brandt.",
            {"Kestrel Hour": (["Ivo Brandt"], [])},
        ),
    ],
)
def test_credits_past_asides_and_appositions(text, expected):
    assert tracks(extract(text)) == expected
