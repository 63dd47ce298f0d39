"""A place that gave the film a scene or a set ("X supplied the harbour", "the hamlet
of Y, a mile up the lane, provided the beach", "Z gave us the brawl") is a filmed
place when filming is said nearby; a person who supplied a verse or the catering,
or a sentence with no word of filming, names none. Every sentence here is invented
for the test."""

import pytest

from .test_place_rules import extract, names


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Most of it was filmed on the coast. Porthallow supplied the harbour and "
            "the chapel steps.",
            ["Porthallow"],
        ),
        (
            "The hamlet of Trevose End, a mile or so up the lane, provided the beach, "
            "while the storm scenes were shot at Polruan.",
            ["Trevose End", "Polruan"],
        ),
        (
            "The fair was filmed at Hollin Green, and Ashcombe gave us the car-park "
            "brawl.",
            ["Hollin Green", "Ashcombe"],
        ),
    ],
)
def test_a_place_that_supplied_a_scene_is_found(paragraph, expected):
    assert names(extract(paragraph)) == expected


def test_a_musician_or_a_caterer_supplies_no_place():
    musician = extract(
        "The film was shot in Leeds. Dee Harlan supplied the middle eight and a "
        "new chorus."
    )
    caterer = extract(
        "Most of it was filmed on the coast. Marcus Vane supplied the catering."
    )
    assert (names(musician), names(caterer)) == (["Leeds"], [])


def test_no_word_of_filming_no_supplier():
    assert not names(extract("Porthallow supplied the harbour."))
