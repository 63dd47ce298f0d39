"""A bare "filmed there" never points back to a code ("the card in B4", "Lot C7"),
only to a place named after "in". Every sentence here is invented for the test."""

import pytest

from .test_place_rules import extract, names


@pytest.mark.parametrize(
    "sentences",
    [
        ("The card in B4 has a Gozo stamp because the film was shot there.",),
        ("Lot 12 is a menu. The menu in Lot C7 is signed, as they filmed there.",),
        ("See the map in A3: the crew filmed there for a week.",),
    ],
)
def test_a_code_is_no_place_filmed_there(sentences):
    assert names(extract(*sentences)) == []


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        (("The cafe is in Sliema. The film was shot there, mostly.",), ["Sliema"]),
        (("Her flat is in Mdina, and they filmed there too.",), ["Mdina"]),
    ],
)
def test_a_place_after_in_is_still_filmed_there(sentences, expected):
    assert names(extract(*sentences)) == expected
