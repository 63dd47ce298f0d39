"""A word that names a film stock or a format ("Black", "One", "Kodak") opening a
longer name is part of a place's name: "the Black Cap", "One Canada Square". Every
sentence here is invented for the test."""

import pytest

from .test_place_rules import extract, locations, names


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The scenes were shot at the Black Cap in Camden, which plays a Boston bar.",
            [("Black Cap", "a Boston bar")],
        ),
        (
            "The office scenes were filmed at One Canada Square.",
            [("One Canada Square", "")],
        ),
        ("The moor scenes were shot on the Black Isle.", [("Black Isle", "")]),
    ],
)
def test_a_stock_word_opening_a_longer_name(sentence, expected):
    assert locations(extract(sentence)) == expected


# Traps: the stock or the format itself.
@pytest.mark.parametrize(
    "sentence",
    [
        "It was shot in Black and White.",
        "The montage was filmed on Super 8.",
        "It was shot in Glorious Technicolor.",
    ],
)
def test_a_stock_or_a_format_is_no_place(sentence):
    assert names(extract(sentence)) == []
