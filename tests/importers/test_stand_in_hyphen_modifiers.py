"""A hyphenated lowercase word before a stand-in's name describes it, as "interwar"
does: "pre-war Lwów", "post-war Vienna", "fog-bound Hamburg". A role is still no
place. Every sentence here is invented for the test."""

import pytest

from .test_place_rules import extract, locations


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The tram scenes were filmed in Podgórze, which doubles as pre-war Wilno.",
            [("Podgórze", "pre-war Wilno")],
        ),
        (
            "The cafe scenes were shot in Ljubljana, standing in for post-war Vienna.",
            [("Ljubljana", "post-war Vienna")],
        ),
        (
            "The dock scenes were filmed in Bremerhaven, which plays fog-bound Hamburg.",
            [("Bremerhaven", "fog-bound Hamburg")],
        ),
        # A role, not a place.
        (
            "The chase was filmed in Graz, where Ida Brenner plays the harbour pilot's "
            "daughter.",
            [("Graz", "")],
        ),
        # A hyphenated word after the name is no modifier of it.
        (
            "The ball was filmed in Opatija, which played well-known tricks.",
            [("Opatija", "")],
        ),
    ],
)
def test_a_hyphenated_word_describes_the_target(sentence, expected):
    assert locations(extract(sentence)) == expected
