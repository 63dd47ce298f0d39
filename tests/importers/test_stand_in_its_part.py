"""A place's part said with "its" or "their" before a stand-in verb stands for the
place named just before ("X, its waterfront standing in for Y", "X, with its steep
streets doubling for Y", "the Y towns, their main streets playing Z"); "its" that
points at no place just named gives no stand-in. Every sentence here is invented for
the test."""

import pytest

from .test_place_rules import extract, locations


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The harbor is Arichat, Nova Scotia, its blue-and-white waterfront"
            " standing in for a Breton fishing port.",
            ("Arichat", "a Breton fishing port"),
        ),
        (
            "They filmed in Cobh, with its steep streets doubling for Lisbon.",
            ("Cobh", "Lisbon"),
        ),
        (
            "The chase was shot in Tenby, its old harbour playing a Cornish cove.",
            ("Tenby", "a Cornish cove"),
        ),
    ],
)
def test_its_part_stands_for_the_place(sentence, expected):
    assert expected in locations(extract(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "The band loved the song, its chorus playing over the credits.",
        "The novel is a favourite of mine, its heroine standing in for the author.",
    ],
)
def test_no_stand_in_when_its_points_at_no_place(sentence):
    assert not [stood for _name, stood in locations(extract(sentence)) if stood]
