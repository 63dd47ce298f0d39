""" "shots" is a word of filming, as "shot" and "scenes" are: "X plays Y in the
climbing shots" is about filming, so X is a place that played Y. A sentence with no
word of filming still says nothing. Every sentence here is invented for the test."""

import pytest

from .test_place_rules import extract, locations


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Macetown Canyon plays the Hindu Kush in the climbing expedition shots.",
            [("Macetown Canyon", "the Hindu Kush")],
        ),
        (
            "In the aerial shots, Lake Pukaki doubles for a Swiss lake.",
            [("Lake Pukaki", "a Swiss lake")],
        ),
        (
            "Arthur's Pass stands in for the Khyber Pass in the wide shots.",
            [("Arthur's Pass", "the Khyber Pass")],
        ),
        # No word of filming: a person playing a part, no place.
        ("Dana Kerr plays the Duchess of Alba in the stage version.", []),
        ("Milo Trent played the Emperor with a sore throat.", []),
    ],
)
def test_shots_is_a_word_of_filming(sentence, expected):
    assert locations(extract(sentence)) == expected
