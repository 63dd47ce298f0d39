"""A stand-in's target that runs past a full stop right after a number into the
next sentence ends at the number ("standing in for Zone 9. The garage ..." is
"Zone 9"); a full stop after a word ("St. Louis") is kept. Every sentence here is
invented for the test."""

import pytest

from .test_place_rules import extract, locations


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "The ruins were filmed at Orford Ness, standing in for Sector 7. The "
            "bunker was a real one.",
            [("Orford Ness", "Sector 7")],
        ),
        (
            "The camp was shot at Tabernas, doubling for Outpost 12. The crew hated "
            "the heat.",
            [("Tabernas", "Outpost 12")],
        ),
        (
            "The docks were filmed in Gdynia, standing in for Pier 39. Nobody noticed.",
            [("Gdynia", "Pier 39")],
        ),
        # A full stop after a word is no end of a number.
        (
            "The river scenes were filmed in Natchez, standing in for St. Louis.",
            [("Natchez", "St. Louis")],
        ),
        # No number: the target is read as before.
        (
            "The riot was filmed in Salford, standing in for Moss Side.",
            [("Salford", "Moss Side")],
        ),
    ],
)
def test_a_target_ends_at_its_number(paragraph, expected):
    assert locations(extract(paragraph)) == expected
