"""A name after "is" in a sentence about filming that a doing in "-ing" follows ("the
last part is A singing on the roof") is a person at work in the scene, no place; a
place followed by what it played ("pretending to be", "standing in for") or by a
comma stays one. Every sentence here is invented for the test."""

import pytest

from .test_place_rules import extract, names

INTRO = "Here is where they filmed the montage."


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The harbour scene is Mevagissey pretending to be a Breton port.",
            ["Mevagissey"],
        ),
        (
            "The dance scene is Kelham Island standing in for Manchester.",
            ["Kelham Island"],
        ),
        ("The church scene is St Ives, looking very grey.", ["St Ives"]),
        # A person doing something in the scene is no place.
        ("The last scene is Tessa Marr singing on the roof.", []),
        ("The chase scene is Olly Brand running for the bus.", []),
    ],
)
def test_a_doing_after_the_name_makes_it_a_person(sentence, expected):
    assert names(extract(INTRO, sentence)) == expected
