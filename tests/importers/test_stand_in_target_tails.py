"""What a place played loses the words after it that say where in the film it plays
or by what means ("a Lisbon hotel in the 1960s flashbacks", "the Bergen of 2080 by
means of digital work"); a place those words are part of keeps them. Every sentence
here is invented for the test."""

import pytest

from .test_place_rules import extract, locations


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The pool is the long one at the Carlton Hotel in Cannes, which played a"
            " Lisbon hotel in the 1960s flashbacks.",
            ("Carlton Hotel", "a Lisbon hotel"),
        ),
        (
            "The chase was filmed in Grünerløkka, which stood in for the Bergen of"
            " 2080 by means of digital work.",
            ("Grünerløkka", "the Bergen of 2080"),
        ),
        (
            "The chapel was shot at Tintern, which played a Welsh chapel with the"
            " help of a new steeple.",
            ("Tintern", "a Welsh chapel"),
        ),
    ],
)
def test_the_film_tail_is_cut_from_what_it_played(sentence, expected):
    assert expected in locations(extract(sentence))


def test_a_place_the_words_are_part_of_keeps_them():
    post = extract(
        "The harbour was shot at Cobh, which played a village in the Dolomites."
    )
    assert ("Cobh", "a village in the Dolomites") in locations(post)
