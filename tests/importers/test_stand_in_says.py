"""A place the film says is another, in the sentence that says where it was shot
("filmed at X, though the picture claims it's Y", "but the film says the pass is in
Y"): X played Y. A time the film gives, or a film's word with no place before it,
plays nothing. Every sentence here is invented for the test."""

import pytest

from .test_place_rules import extract, locations


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The chase was filmed along Saltford Quay in Bath, though the picture"
            " claims it's Glasgow, and the crash was done at Portishead.",
            ("Saltford Quay", "Glasgow"),
        ),
        (
            "They shot the climb on Sgurr Mor in Knoydart, but the film says the pass"
            " is in Norway.",
            ("Sgurr Mor", "Norway"),
        ),
        (
            "The wedding was filmed at Hexham Abbey, though the movie insists it is"
            " Durham.",
            ("Hexham Abbey", "Durham"),
        ),
    ],
)
def test_the_place_the_film_says_it_is(sentence, expected):
    assert expected in locations(extract(sentence))


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The chase was filmed at Hexham, though the film says it's March.",
            [("Hexham", "")],
        ),
        (
            "The film says it's Durham. The chase was filmed at Hexham.",
            [("Hexham", "")],
        ),
    ],
)
def test_no_place_said(sentence, expected):
    assert locations(extract(sentence)) == expected
