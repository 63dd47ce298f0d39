"""A scene's place said with "is" is a filmed place when the name goes on to play
another place, with no word of filming before it. Every sentence here is invented for
the test."""

import pytest

from .test_place_rules import extract, locations


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The fishing village in the dream scenes is Porthwen, which played Galicia.",
            [("Porthwen", "Galicia")],
        ),
        (
            "The mining town where the gang hides out is Carrow Gap, a ghost town past"
            " Dunmore, playing the ruins of Tulsa.",
            [("Carrow Gap", "the ruins of Tulsa")],
        ),
        (
            "The harbour in the last reel is Ardnacross, standing in for a port in"
            " Norway.",
            [("Ardnacross", "a port in Norway")],
        ),
    ],
)
def test_a_scene_place_that_plays_another_is_filmed(sentence, expected):
    assert locations(extract(sentence)) == expected


# Traps: no stand-in after the name, or a person playing.
@pytest.mark.parametrize(
    "sentence",
    [
        "The fishing village in the story is Porthwen.",
        "The band is the Tallow Kings, playing live.",
    ],
)
def test_no_place_without_filming_or_a_stand_in(sentence):
    assert locations(extract(sentence)) == []
