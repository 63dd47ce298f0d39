"""A time said after what a place played is no part of it: "Y over four closed
Sundays", "Y over the winter", "Y during the summer of 1990". Every sentence here is
invented for the test."""

import pytest

from .test_place_rules import extract, locations


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The film was shot on the Harbour Road, which stood in for the Santa Monica "
            "Freeway over four closed Sundays.",
            [("Harbour Road", "the Santa Monica Freeway")],
        ),
        (
            "The film was shot in Ashby, which stood in for the Pacific Coast Highway "
            "over two long weekends.",
            [("Ashby", "the Pacific Coast Highway")],
        ),
        (
            "The film was shot in Ashby, which stood in for a town in Maine over the "
            "winter.",
            [("Ashby", "a town in Maine")],
        ),
    ],
)
def test_a_time_after_the_target_is_left_out(sentence, expected):
    assert locations(extract(sentence)) == expected


# Traps: a name with a time word in it stays whole.
@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The film was shot in Ashby, which stood in for the Seven Days Inn.",
            [("Ashby", "the Seven Days Inn")],
        ),
        (
            "The film was shot in Ashby, which stood in for Port Sunday.",
            [("Ashby", "Port Sunday")],
        ),
    ],
)
def test_a_name_with_a_time_word_stays_whole(sentence, expected):
    assert locations(extract(sentence)) == expected


# A town's named quarter before ", which plays": the quarter, by its name.
@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The film was shot in Harwick's Old Docks district, which doubled for "
            "Boston.",
            [("Old Docks", "Boston")],
        ),
        (
            "They filmed in Ashby's Kellow neighbourhood, which played a Chicago suburb.",
            [("Kellow", "a Chicago suburb")],
        ),
        (
            "The film was shot in Dunmore's Fisher quarter, which stood in for Algiers.",
            [("Fisher", "Algiers")],
        ),
        # Trap: a quarter said in lowercase leaves the town playing.
        (
            "The film was shot in Ashby, in the harbour area, which doubled for Boston.",
            [("Ashby", "Boston")],
        ),
    ],
)
def test_a_named_quarter_before_which_plays(sentence, expected):
    assert locations(extract(sentence)) == expected
