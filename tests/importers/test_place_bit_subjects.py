"""Spoken English calls a scene a "bit": in a sentence about filming, "the beach bit
is X" says where the bit was shot, as "the beach scene is X" does; a bit said to be
"NOT X", or a person, is no place. Every sentence here is invented for the test."""

import pytest

from .test_place_rules import extract, names

INTRO = "So I looked up where they filmed the whole montage."


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The harbour bit is Whitby Pier, I'm nearly sure.", ["Whitby Pier"]),
        ("And the dancing bit was shot at the Blackpool Tower Ballroom.", None),
        ("The rooftop bits are Trellick Tower.", ["Trellick Tower"]),
        # No place: a bit that is "NOT" the place, a bit that is a person.
        ("The bit in the car park is NOT Margate, it's a set.", []),
        ("The funny bit is Molly Prentice pulling faces.", []),
    ],
)
def test_a_bit_that_is_a_place_was_filmed_there(sentence, expected):
    found = names(extract(INTRO, sentence))
    if expected is None:
        assert found and "Blackpool Tower Ballroom" in found[0]
    else:
        assert found == expected
