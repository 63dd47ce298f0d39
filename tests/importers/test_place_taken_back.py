"""A filming claim the same sentence takes back with a bare denial ("; it wasn't",
"— they didn't", ", but it isn't") names no filming place; a denial with more words
after it ("; it wasn't easy") or of another subject ("; the sequel wasn't") takes
nothing back. Every sentence here is invented for the test."""

import pytest

from .test_place_rules import extract, names


@pytest.mark.parametrize(
    "sentence, place",
    [
        ("Everyone says the chase was shot on Calle Luna; it wasn't.", "Calle Luna"),
        (
            "The guidebooks claim they filmed the wedding at Hatley Castle — they didn't.",
            "Hatley Castle",
        ),
        ("A plaque says the diner scene was shot in Kelso, but it wasn't.", "Kelso"),
    ],
)
def test_a_claim_taken_back_names_no_place(sentence, place):
    assert place not in names(extract(sentence))


@pytest.mark.parametrize(
    "sentence, place",
    [
        ("The chase was shot on Calle Luna; it wasn't easy.", "Calle Luna"),
        ("The first film was shot in Kelso; the sequel wasn't.", "Kelso"),
    ],
)
def test_a_denial_of_something_else_keeps_the_place(sentence, place):
    assert place in names(extract(sentence))
