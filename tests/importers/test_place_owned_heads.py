"""A name with an owner's "'s" and a street or alley noun after it is one name ("Mary
King's Close", "Advocate's Wynd", "Tanner's Yard"), not a town's part; a town's
possessive before a name still gives the town as region ("Vancouver's Gastown").
Every sentence here is invented for the test."""

import pytest

from .test_place_rules import extract, locations, names


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The night scenes were filmed at Mary Queen's Close, playing Victorian"
            " London.",
            ("Mary Queen's Close", "Victorian London"),
        ),
        (
            "They shot the chase down Advocate's Wynd, which doubled for a Paris"
            " alley.",
            ("Advocate's Wynd", "a Paris alley"),
        ),
        (
            "The market scene used Tanner's Yard, standing in for old Marseille.",
            ("Tanner's Yard", "old Marseille"),
        ),
    ],
)
def test_an_owned_alley_is_one_name(sentence, expected):
    assert expected in locations(extract(sentence))


@pytest.mark.parametrize(
    "sentence, place",
    [
        ("The film was shot in Vancouver's Gastown, which played Seattle.", "Gastown"),
        ("The film was shot on Martha's Vineyard.", "Martha's Vineyard"),
    ],
)
def test_other_possessives_kept(sentence, place):
    assert place in names(extract(sentence))
