"""A year in the time said between the filming verb and the place is read past: "shot
in 1986 at X", "filmed in the summer of 1986 at X", "filmed during the 1989 monsoon
along X". Every sentence here is invented for the test."""

import pytest

from .test_place_rules import extract, names


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("It was shot in 1986 at Gorran Quay.", ["Gorran Quay"]),
        ("It was filmed in the summer of 1986 at Gorran Quay.", ["Gorran Quay"]),
        (
            "The race was filmed during the 1989 monsoon along Harwick Drive.",
            ["Harwick Drive"],
        ),
        ("It was shot in 1986 in Leeds.", ["Leeds"]),
    ],
)
def test_a_year_before_the_place_is_read_past(sentence, expected):
    assert names(extract(sentence)) == expected


# Traps: the year, then no place of filming.
@pytest.mark.parametrize(
    "sentence",
    [
        "It was shot in 1986 by Ann Dove.",
        "It was filmed in 1986 and released in Leeds.",
        "It was shot in 1986, the year Ann Dove left Leeds.",
    ],
)
def test_a_year_then_no_place(sentence):
    assert names(extract(sentence)) == []
