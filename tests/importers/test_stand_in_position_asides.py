"""A place placed by an aside at a part of another right before a stand-in's comma
("Kinloch, at the head of Loch Hourn, which stood in for Y"; "Fort Delgada, the great
fortress at the mouth of the Marsa Harbour, which doubled as Y") is the one that
played Y; the place after "the head of" is no stand-in. Every sentence here is
invented for the test."""

import pytest

from .test_place_rules import extract, locations, names


@pytest.mark.parametrize(
    "sentence, expected, other",
    [
        (
            "The valley scenes used the country around Kinloch, at the head of Loch"
            " Hourn, which stood in for Patagonia.",
            ("Kinloch", "Patagonia"),
            "Loch Hourn",
        ),
        (
            "End the day at Fort Delgada, the old fortress at the mouth"
            " of the Marsa Harbour, which doubled as a Genoese fortress in Corsica.",
            ("Fort Delgada", "a Genoese fortress in Corsica"),
            "Marsa Harbour",
        ),
    ],
)
def test_the_place_before_the_aside_played_the_part(sentence, expected, other):
    post = extract(sentence)
    assert expected in locations(post)
    assert other not in names(post)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the part of a place filmed is that place's
        (
            "The dance was filmed at the foot of Ben Nevis, which played the Alps.",
            ("Ben Nevis", "the Alps"),
        ),
        # the spot filmed, after a place already filmed
        (
            "The barn-raising was filmed in the hill country of eastern Oregon, at"
            " the foot of Marys Butte, which plays Kansas.",
            ("Marys Butte", "Kansas"),
        ),
        # an aside of another kind
        (
            "The chase was filmed at Kelso, on the edge of the Tweed, which played"
            " Holland.",
            ("Kelso", "Holland"),
        ),
    ],
)
def test_other_asides_are_read_as_before(sentence, expected):
    assert expected in locations(extract(sentence))
