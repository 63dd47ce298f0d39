"""A noun that takes up a place before a stand-in verb ("the ghost town there plays
Y") means the last place its sentence names before it, not one the sentence names
after the aside; "out past X" and "shot that montage in X" say where it was filmed.
Every sentence here is invented for the test."""

import pytest

from .test_place_rules import extract, locations


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "They shot the chase out past Alpine and down in Shafter — the ghost town "
            "there plays a Sonora mining camp — and the canyon scenes were filmed in "
            "Santa Elena Canyon.",
            [
                ("Alpine", ""),
                ("Shafter", "a Sonora mining camp"),
                ("Santa Elena Canyon", ""),
            ],
        ),
        (
            "The crew filmed the raid in Wick (the harbour there doubles for a Danish "
            "port) and the cliff scenes were shot at Duncansby Head.",
            [("Wick", "a Danish port"), ("Duncansby Head", "")],
        ),
        (
            "They shot that montage in Rye, and the wedding at Camber Sands.",
            [("Rye", ""), ("Camber Sands", "")],
        ),
    ],
)
def test_the_noun_takes_up_the_place_before_it(sentence, expected):
    assert locations(extract(sentence)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Past a time, not a place.
        ("They shot that montage long past midnight.", []),
        # Shot past a person: no place.
        ("In the film he shot past the keeper twice.", []),
    ],
)
def test_past_a_time_or_a_person_is_no_place(sentence, expected):
    assert locations(extract(sentence)) == expected
