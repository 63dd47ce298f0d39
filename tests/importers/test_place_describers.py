"""A participle between "the" and a place's name only describes the place: "the
frozen Lake X", "the flooded X Quarry", "the deserted X Pier". Every sentence here is
invented for the test."""

import pytest

from .test_place_rules import extract, names


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The hockey part of the montage is shot on the frozen Lake Tallow.",
            "Lake Tallow",
        ),
        ("The race was filmed in the flooded Harwick Quarry.", "Harwick Quarry"),
        ("They shot the kiss at the deserted Gorran Pier, at dawn.", "Gorran Pier"),
    ],
)
def test_a_participle_before_the_name_describes_the_place(sentence, expected):
    assert names(extract(sentence)) == [expected]


# Traps: a time, not a place; a word that only looks like a participle.
@pytest.mark.parametrize(
    "sentence",
    [
        "It was filmed in the golden Autumn light.",
        "It was filmed in the frozen January of 1979.",
        "It was shot when the seven Dwarfs had gone home.",
    ],
)
def test_no_place_from_a_time_or_a_lookalike(sentence):
    assert names(extract(sentence)) == []
