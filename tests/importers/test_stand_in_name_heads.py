"""What a place played, a name whose place noun goes on with "for" or "of" and a
name ("St Brigid's Home for the Blind", "Mercy Hospital for Sick Children"): the whole
name, not the words before "for"; a name that is no such noun stops there. Every
sentence here is invented for the test."""

import pytest

from .test_place_rules import extract, locations


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The exteriors are the old Carrow Sanatorium outside Leeds, which the film"
            " dresses up as St. Brigid's Home for the Blind.",
            ("Carrow Sanatorium", "St. Brigid's Home for the Blind"),
        ),
        (
            "The ward scenes were filmed at Carrow Hall, which plays Mercy Hospital for"
            " Sick Children.",
            ("Carrow Hall", "Mercy Hospital for Sick Children"),
        ),
        (
            "The lecture scenes were filmed at Kelso House, which plays Lindley"
            " Institute for the Deaf.",
            ("Kelso House", "Lindley Institute for the Deaf"),
        ),
    ],
)
def test_a_named_target_going_on_with_for_or_of(sentence, expected):
    assert expected in locations(extract(sentence))


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "It was shot around Tenby, which stood in for Boston for the Olympics"
            " sequence.",
            ("Tenby", "Boston"),
        ),
        (
            "It was shot around Tenby, which stood in for Maine for the Winter Games"
            " scenes.",
            ("Tenby", "Maine"),
        ),
    ],
)
def test_a_town_target_stops_before_for(sentence, expected):
    assert expected in locations(extract(sentence))
