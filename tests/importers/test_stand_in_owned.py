"""What a place played when the town it names is an owner: "the fictional town of
Harrow Cross's market hall" is the hall the town owns, never the town with a dangling
"'s". Every sentence here is invented for the test."""

import pytest

from .test_place_rules import extract, locations


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The hall is the old Corn Exchange in Ludlow, standing in for the"
            " fictional town of Harrow Cross's market hall.",
            ("Corn Exchange", "the fictional town of Harrow Cross's market hall"),
        ),
        (
            "The dances were filmed at Pennard Barn, which stood in for the invented"
            " village of Dunmere's church hall.",
            ("Pennard Barn", "the invented village of Dunmere's church hall"),
        ),
        (
            "The race was shot at Brackley Mill, which doubled for the imaginary town"
            " of Kelso Ridge's racetrack, and nobody noticed.",
            ("Brackley Mill", "the imaginary town of Kelso Ridge's racetrack"),
        ),
    ],
)
def test_the_part_a_named_town_owns(sentence, expected):
    assert expected in locations(extract(sentence))


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The dances were filmed at Pennard Barn, which stood in for the invented"
            " village of Dunmere in the finale.",
            ("Pennard Barn", "the invented village of Dunmere"),
        ),
        (
            "The race was shot at Brackley Mill, which doubled for the imaginary town"
            " of Kelso's in the closing reel.",
            ("Brackley Mill", "the imaginary town of Kelso's"),
        ),
    ],
)
def test_no_owned_part_without_a_noun_after_it(sentence, expected):
    assert expected in locations(extract(sentence))
