"""A place noun with "the" before a stand-in verb, right after a sentence about
filming that named the place, is that place ("We shot in Whitby. The harbour was
doubling for Y"), with or without "was" and whatever the noun; not when no filming
was said, nor when the noun starts a name of its own ("The Harbour Bar"). Every
sentence here is invented for the test."""

import pytest

from .test_place_rules import extract, locations


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        (
            [
                "We shot the dawn scenes in Whitby. The harbour was doubling for a"
                " Newfoundland fishing village."
            ],
            ("Whitby", "a Newfoundland fishing village"),
        ),
        (
            [
                "They filmed the storm scenes in Tenby. The beach doubled for a Breton cove."
            ],
            ("Tenby", "a Breton cove"),
        ),
        (
            ["It was shot at Hatley Park. The grounds played an English estate."],
            ("Hatley Park", "an English estate"),
        ),
    ],
)
def test_the_place_noun_is_the_place_just_filmed(paragraphs, expected):
    assert expected in locations(extract(*paragraphs))


@pytest.mark.parametrize(
    "paragraphs, wrong",
    [
        (
            [
                "The novel is set in Whitby. The harbour stood in for a Newfoundland"
                " village."
            ],
            ("Whitby", "a Newfoundland village"),
        ),
        (
            ["They filmed in Whitby. The Harbour Bar doubled for a Dublin pub."],
            ("Whitby", "a Dublin pub"),
        ),
    ],
)
def test_no_place_noun_read_without_filming_or_as_a_name(paragraphs, wrong):
    assert wrong not in locations(extract(*paragraphs))
