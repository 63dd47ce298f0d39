"""A real place that plays a named place the story invents, called "fictional" ("X
played the fictional Castle Y", "X, which plays the film's fictional Glen Z", "the
burgh of X played the part of the fictional port of Y") is a filmed place that stood
in for it; an actor who plays a fictional person, or a made-up name with no place's
word, is none. Every sentence here is invented for the test."""

import pytest

from .test_place_rules import extract, locations


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The crew slept in Dunmore; the quay scenes were shot at Kilcross; and "
            "Rathmore Castle played the fictional Castle Fenn, home of the villain.",
            ("Rathmore Castle", "fictional Castle Fenn"),
        ),
        (
            "The village of Ardmore gave them the beach, while the nearby burgh of "
            "Kelty played the part of the fictional port of Ballinree.",
            ("Kelty", "fictional port of Ballinree"),
        ),
        (
            "The cattle drive was filmed in Glen Lyon, which plays the film's "
            "fictional Glen Ardoch, and the rest near Perth.",
            ("Glen Lyon", "film's fictional Glen Ardoch"),
        ),
    ],
)
def test_a_place_that_played_a_named_fictional_place_is_found(sentence, expected):
    assert expected in locations(extract(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Ann Dove played the fictional detective Rosa Grey.",
        "Tom Reyes played the fictional Johnny Vale in the remake.",
    ],
)
def test_an_actor_in_a_fictional_part_is_no_place(sentence):
    assert locations(extract(sentence)) == []
