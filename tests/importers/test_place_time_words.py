"""The time a filming phrase says before its place is stepped over: a month, a year,
a count of days or weeks ("filmed over six days in March 1988 at X"), and "down the
road" or "up the coast" before "in X"; a count of anything else, or a month that
is the only thing named, is no way to a place. Every sentence here is invented for
the test."""

import pytest

from .test_place_rules import extract, names


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A month and a year.
        (
            "The chase was filmed over two days in March 1988 at Porthgain.",
            ["Porthgain"],
        ),
        (
            "Principal photography began in October 1974 at Ceduna, where the crew "
            "stayed for a month.",
            ["Ceduna"],
        ),
        # A count of days or weeks.
        (
            "The film was shot over 19 days in and around Alpine, Texas, with no money.",
            ["Alpine"],
        ),
        ("The finale was shot across 3 weeks on Lindisfarne.", ["Lindisfarne"]),
        # "down the road" before "in X".
        (
            "The boatyard scenes were shot down the road in Tofino, in a shed by the "
            "dock.",
            ["Tofino"],
        ),
        # A count of miles is no time: nothing is stepped over to reach a place.
        ("The reel was shot 40 miles from Mallaig.", []),
        # A month named, then nothing that is a place.
        ("The montage was filmed in May, when the gorse was out.", []),
        # A plane shot down is no filming.
        ("In the story the pilot is shot down over Malta in 1942.", []),
    ],
)
def test_the_time_before_a_place(sentence, expected):
    assert names(extract(sentence)) == expected
