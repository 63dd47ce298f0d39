"""A heading that names a stop of a location tour ("Stop 2: X"): a sentence under it
that names X again says where it was filmed; a stop the heading says was skipped, a
name under another heading, or a stop that is no name, gives no place. Every
sentence here is invented for the test."""

import pytest

from .test_place_rules import extract, names

INTRO = "Our coach tour follows the montage of the film, stop by stop."


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            ("H: Stop four: Ben Lomond", "Ben Lomond was chosen for the summit scene."),
            ["Ben Lomond"],
        ),
        (
            (
                "H: Stop 5 — Kinlochleven",
                "The last shot is the old pier at Kinlochleven as the song fades.",
            ),
            ["Kinlochleven"],
        ),
        (
            ("H: Location 2: Balquhidder", "Balquhidder gets the wedding dance."),
            ["Balquhidder"],
        ),
        # A stop the heading says was skipped.
        (
            (
                "H: Stop 3: Tyndrum (skipped)",
                "We meant to have lunch in Tyndrum, but the road was shut.",
            ),
            [],
        ),
        # A stop that is no name.
        (("H: Spot 1: The pool", "The pool was closed when we visited."), []),
        # The name under a heading that is no stop.
        (("H: Getting there", "The bus from Tyndrum takes an hour."), []),
    ],
)
def test_a_stop_heading_names_a_place(paragraphs, expected):
    assert names(extract(INTRO, *paragraphs)) == expected
