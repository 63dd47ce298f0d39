"""A name said with a copula, then a stand-in right after it ("the pool is the X,
playing Y", "the yard is X, on the shore of Z, standing in for Y"): X is a place
that played Y. A person after the copula, or no stand-in after the name, is no
place. Every sentence here is invented for the test."""

import pytest

from .test_place_rules import extract, locations

FILMED = "The harbour scenes were shot in Ireland."


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The orphanage itself is Spike Island Fort in Cork Harbour, playing a "
            "Boston reformatory.",
            [("Spike Island Fort", "a Boston reformatory")],
        ),
        (
            "The lido is the Tinside Pool on the Hoe, playing a Crimean resort.",
            [("Tinside Pool", "a Crimean resort")],
        ),
        (
            "The dead zone is Dungeness Point, on the edge of the shingle, standing in "
            "for Sector 4.",
            [("Dungeness Point", "Sector 4")],
        ),
        # A person after the copula plays a part, not a place.
        ("The lead is Orla Fenn, playing a ferry captain.", []),
        # No stand-in after the name: a suggestion at most, no place.
        ("The orphanage itself is Spike Island Fort, a grim old pile.", []),
    ],
)
def test_a_copula_name_then_a_stand_in(sentence, expected):
    found = locations(extract(FILMED, sentence))
    assert [pair for pair in found if pair[0] != "Ireland"] == expected
