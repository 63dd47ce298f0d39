"""What the story claims a place is and where it was filmed, in one sentence, in
either order: the one filmed site played what the story claims. Every sentence here
is invented for the test."""

import pytest

from .test_place_rules import extract, locations


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "It is supposed to be Brittany but it was really filmed on Inch Strand in"
            " Kerry.",
            ("Inch Strand", "Brittany"),
        ),
        (
            "The finale, supposedly a beach near Tangier, was shot at Curracloe Beach.",
            ("Curracloe Beach", "a beach near Tangier"),
        ),
        (
            "That chase was shot at Tilbury Docks \u2014 it's meant to be a Baltimore"
            " shipyard.",
            ("Tilbury Docks", "a Baltimore shipyard"),
        ),
    ],
)
def test_the_filmed_site_plays_what_the_story_claims(sentence, expected):
    assert expected in locations(extract(sentence))


@pytest.mark.parametrize(
    "sentence, name",
    [
        (
            "He is supposed to be Johnny Cash, but they filmed it at Sun Studio.",
            "Sun Studio",
        ),
        (
            "They filmed the opening at Cocoa Beach, and the desert bit that's supposed"
            " to be Mars is Vasquez Rocks.",
            "Cocoa Beach",
        ),
    ],
)
def test_no_stand_in_from_a_person_or_another_scene(sentence, name):
    assert all(
        not stood for found, stood in locations(extract(sentence)) if found == name
    )
