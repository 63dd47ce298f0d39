"""What a place played keeps "of the story", "of the title", "of the 1950s" after a
description (stand_in_targets.of_the_work): the phrase says whose place it is, and is
part of it; after a name only a decade is kept ("the Lisbon of the 1950s", not "the
Lowtide of the title"). Every sentence here is invented for the test."""

import pytest

from .test_place_rules import extract, locations

KEPT = [
    (
        "The little town of Tarrow, on its hill above the valley, plays the Breton "
        "village of the story, and the walk was shot there.",
        ("Tarrow", "the Breton village of the story"),
    ),
    (
        "The beach scenes were shot at Pellworth Sands, which stands in for the "
        "Welsh cove of the title.",
        ("Pellworth Sands", "the Welsh cove of the title"),
    ),
    (
        "The harbour scenes were filmed at Crossby, which doubles as the Lisbon of "
        "the 1960s.",
        ("Crossby", "the Lisbon of the 1960s"),
    ),
]
CUT = [
    (
        "The dance hall is the Marlow Rooms, which stands in for the Seabright of the "
        "title.",
        ("Marlow Rooms", "the Seabright"),
    ),
    (
        "The quay was filmed at Hembry, which plays a Dutch port of the kind the "
        "story needs.",
        ("Hembry", "a Dutch port"),
    ),
]


@pytest.mark.parametrize("sentence, pair", KEPT + CUT)
def test_of_the_work_is_kept_after_a_description_and_a_decade_after_a_name(
    sentence, pair
):
    assert pair in locations(extract(sentence))
