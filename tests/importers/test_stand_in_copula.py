"""A name said to be a kind of place before a stand-in verb is a place that played
another ("That ridge is X playing Y", "The beach was X, playing Y", "Our harbour is
X, which plays Y"); a person or a song said so is none. Every sentence here is
invented for the test."""

import pytest

from .test_place_rules import extract, locations


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "That ridge is Hollow Knob playing the Alps.",
            ("Hollow Knob", "the Alps"),
        ),
        (
            "The beach was Saunton Sands, playing the Normandy coast.",
            ("Saunton Sands", "the Normandy coast"),
        ),
        (
            "Our harbour is Porthleven, which plays a Breton port.",
            ("Porthleven", "a Breton port"),
        ),
    ],
)
def test_a_place_said_by_its_kind_plays_another(sentence, expected):
    assert expected in locations(extract(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "The singer is Ada Bell playing Carmen.",
        "The song is Blue Harbour playing over the credits.",
    ],
)
def test_no_place_from_a_person_or_a_song(sentence):
    assert not [stood for _name, stood in locations(extract(sentence)) if stood]
