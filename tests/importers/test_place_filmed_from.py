""" "from" right after a filming phrase leads to a place when the name after it says
it is one ("filmed from Kastro Bay", "shot from the Grey Cliffs"): where the camera
stood. A name that says no place, a possessive or a lowercase thing after "from" is
none. Every sentence here is invented for the test."""

import pytest

from .test_place_rules import extract, names


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The sunrise at the end is filmed from Kastro Bay, below the town.",
            ["Kastro Bay"],
        ),
        ("The harbour chase was shot from the Grey Cliffs.", ["Grey Cliffs"]),
        ("The last chorus was filmed from Tolley Pier at dusk.", ["Tolley Pier"]),
        # A person's possessive after "from": a script, not a place.
        ("The scene was filmed from Ada Lind's script.", []),
        # A lowercase thing after "from".
        ("The falls were photographed from a specially built platform.", []),
        # A name that says no place.
        ("The montage was filmed from Monday to Thursday.", []),
    ],
)
def test_filmed_from_a_named_place(sentence, expected):
    assert names(extract(sentence)) == expected
