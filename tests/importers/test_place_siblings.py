"""A list of places, one item a scene: when another item of the same list says it was
filmed there or played another place, every item that names a place and then a scene
is a filmed place. Every sentence here is invented for the test."""

import pytest

from .test_place_rules import extract, names


@pytest.mark.parametrize(
    "lead, items, expected",
    [
        (
            "Every spot from the montage, in order.",
            [
                "Kilrush Market: the opening shot, where the boy steals the pears",
                "Doonbeg Strand: the race, which is meant to be Cornwall",
            ],
            "Kilrush Market",
        ),
        (
            "What I found on the trip.",
            [
                "Ouray \u2014 the square; in the film it doubles for a Swiss village.",
                "Engineer Pass \u2014 the long bicycle descent.",
            ],
            "Engineer Pass",
        ),
        (
            "The stops, north to south.",
            [
                "The Gorge, on Inishmore: a swim nobody forgets",
                "Dun Aengus, Inishmore: the finale, playing a cliff in Brittany",
            ],
            "Gorge",
        ),
    ],
)
def test_an_item_beside_one_said_filmed_is_filmed(lead, items, expected):
    listed = "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"
    assert expected in names(extract(lead, listed))


@pytest.mark.parametrize(
    "lead, items, name",
    [
        (
            "Quiz round three.",
            [
                "Q1: the moor that doubles for the Borders? Rannoch",
                "Q2: the harbour in the last reel? Portsoy",
            ],
            "Q1",
        ),
        (
            "The log.",
            [
                "Scene: the noodle-bar montage",
                "Shot at: Kelso Wynd (playing a Hong Kong alley)",
            ],
            "Scene",
        ),
    ],
)
def test_no_place_from_a_quiz_or_a_record(lead, items, name):
    listed = "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"
    assert name not in names(extract(lead, listed))
