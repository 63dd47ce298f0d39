"""A list whose items open with one word and a number ("Bedroom 1:", "Bedroom 2:")
is a numbered run of rooms or days in a listing, not a list of places, though a
sentence about filming comes just before it; a list of places still names them.
Every sentence here is invented for the test."""

import pytest

from .test_place_rules import extract, names

INTRO = "The mill scenes of the film were shot at Cromford, in the rain."


@pytest.mark.parametrize(
    "items",
    [
        "<ul><li>Bedroom 1: a double bed</li><li>Bedroom 2: two bunks</li></ul>",
        "<ul><li>Room 1 - sea view</li><li>Room 2 - garden view</li>"
        "<li>Room 3 - attic</li></ul>",
        "<ul><li>Day 1: arrive, unpack</li><li>Day 2: the walk to the weir</li></ul>",
    ],
)
def test_a_numbered_run_of_items_names_no_place(items):
    assert names(extract(INTRO, items)) == ["Cromford"]


@pytest.mark.parametrize(
    ("items", "expected"),
    [
        # Places listed after the filming sentence stay places.
        (
            "<ul><li>Matlock Bath: the river walk</li><li>Wirksworth: the station"
            "</li></ul>",
            ["Cromford", "Matlock Bath", "Wirksworth"],
        ),
        # One numbered name alone, no run: still read as before.
        (
            "<ul><li>Pier 39: the sea lions</li><li>Wirksworth: the station</li></ul>",
            ["Cromford", "Pier 39", "Wirksworth"],
        ),
    ],
)
def test_a_list_of_places_still_names_them(items, expected):
    assert names(extract(INTRO, items)) == expected
