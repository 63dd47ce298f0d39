"""A stand-in verb after "both of which", "all three of which" or "which both": every
place the sentence named before it played the same. With one place before it, or
none, nothing is shared. Every sentence here is invented for the test."""

import pytest

from .test_place_rules import extract, locations


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The harbour scenes were filmed at Porthleven and neighbouring Loe Bar, "
            "both of which doubled for the Breton coast.",
            [("Porthleven", "the Breton coast"), ("Loe Bar", "the Breton coast")],
        ),
        (
            "They filmed in Robin Hood's Bay and Staithes, which both stood in for a "
            "Maine fishing town.",
            [
                ("Robin Hood's Bay", "a Maine fishing town"),
                ("Staithes", "a Maine fishing town"),
            ],
        ),
        (
            "They shot it in Tarifa, Bolonia and Zahara, all three of which played "
            "the Moroccan coast.",
            [
                ("Tarifa", "the Moroccan coast"),
                ("Bolonia", "the Moroccan coast"),
                ("Zahara", "the Moroccan coast"),
            ],
        ),
        # One place before "both": no list to share the stand-in.
        (
            "The chase was filmed in Marseille; both of which played nothing.",
            [("Marseille", "")],
        ),
        # "both" about people, no places before it.
        ("Ada Voss and Lorne Pike both played Vienna nightclubs in 1960.", []),
    ],
)
def test_both_of_which_shares_the_stand_in(sentence, expected):
    assert locations(extract(sentence)) == expected
