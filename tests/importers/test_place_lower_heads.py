"""A building or works named by a name and a lowercase noun ("the old Corbett Flour
building", "the Lachine Malting silos", "the Vesterbro harbour baths") is named with
its noun; a region before a noun, or a noun that is no building, stays as it was.
Every sentence here is invented for the test."""

import pytest

from .test_place_rules import extract, locations, names


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The rooftop scene was shot on the old Corbett Flour building in the"
            " Strip District, which played wartime Detroit.",
            ("Corbett Flour building", "wartime Detroit"),
        ),
        (
            "They were filmed at the Lachine Malting silos in Verdun, which stood"
            " in for the Boston waterfront.",
            ("Lachine Malting silos", "the Boston waterfront"),
        ),
        (
            "The rest was shot at the Vesterbro harbour baths on the Danish side.",
            ("Vesterbro harbour baths", ""),
        ),
        (
            "The finale was filmed at the Keswick Pencil works.",
            ("Keswick Pencil works", ""),
        ),
    ],
)
def test_a_building_is_named_with_its_lowercase_noun(sentence, expected):
    assert expected in locations(extract(sentence))


@pytest.mark.parametrize(
    "sentence, unexpected",
    [
        ("It was shot in the Nevada desert.", "Nevada desert"),
        ("The square dance was shot in the Legion hall out in Almonte.", "Legion hall"),
        ("The chase was filmed at Harlow building sites.", "Harlow building"),
    ],
)
def test_no_building_noun_is_taken_into_the_name(sentence, unexpected):
    assert unexpected not in names(extract(sentence))
