"""Another work's shoot with an aside between its subject and the verb ("The remake,
as far as I can tell, was shot in X"): the subject before the aside says whose shoot
it is. Every sentence here is invented for the test."""

import pytest

from .test_place_rules import extract, names


@pytest.mark.parametrize(
    "sentence",
    [
        "The sequel, as far as I know, was shot in Malta.",
        "The remake, sadly, was filmed in Prague.",
        "The 2004 remake, which nobody saw, was filmed at Pinewood.",
    ],
)
def test_another_works_shoot_across_an_aside_is_no_place(sentence):
    assert names(extract(sentence)) == []


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The film, a remake of an old Italian comedy, was shot in Bari.", "Bari"),
        ("The film, as far as I know, was shot in Malta.", "Malta"),
    ],
)
def test_the_films_own_shoot_across_an_aside_is_a_place(sentence, expected):
    assert expected in names(extract(sentence))
