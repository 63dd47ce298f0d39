"""What a place played, given only as where it lies ("passed off as somewhere in
Bavaria", "the film says it's somewhere in the Texas panhandle"): the whole, with
"somewhere"; "somewhere else" or no name after it plays nothing. Every sentence here
is invented for the test."""

import pytest

from .test_place_rules import extract, locations


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The bridge in the chase is Prague's Charles Bridge, passed off as"
            " somewhere in Bavaria.",
            ("Charles Bridge", "somewhere in Bavaria"),
        ),
        (
            "The chase was filmed at Hexham, which played somewhere near Lyon.",
            ("Hexham", "somewhere near Lyon"),
        ),
        (
            "The diner scenes were filmed at the Rock Cafe in Stroud, though the film"
            " says it's somewhere in the Texas panhandle.",
            ("Rock Cafe", "somewhere in the Texas panhandle"),
        ),
        # Traps: no name after "somewhere"
        (
            "The chase was filmed at Hexham, which played somewhere else entirely.",
            ("Hexham", ""),
        ),
        (
            "The chase was filmed at Hexham, which played somewhere in the north.",
            ("Hexham", ""),
        ),
    ],
)
def test_a_target_given_as_where_it_lies(sentence, expected):
    assert expected in locations(extract(sentence))
