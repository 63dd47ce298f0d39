"""A soundtrack's title of only generic words after a dash ("Pylon Park - Original
Soundtrack") takes the name before the dash; with no name there it is no album."""

import pytest

from .test_discourse import extract, facts


def albums(post):
    return [value["title"] for value in facts(post, "album")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Both songs are on the LP, which is called Gantry Park - Original Soundtrack,"
        " and it reached number 11 in the UK.",
        "The record shops stocked Gantry Park \u2014 Official Soundtrack for years.",
        "My copy of Gantry Park: Motion Picture Soundtrack has a coffee ring on it.",
    ],
)
def test_generic_words_after_a_dash_take_the_name_before_it(sentence):
    found = albums(extract(sentence))
    assert len(found) == 1 and found[0].startswith("Gantry Park")


@pytest.mark.parametrize(
    "sentence",
    [
        "Nobody has ever found a copy - Original Soundtrack was all the sleeve said.",
        "I bought it, then lost it - Official Soundtrack sleeves all look alike.",
    ],
)
def test_generic_words_with_no_name_before_them_are_no_album(sentence):
    assert albums(extract(sentence)) == []


def test_a_named_soundtrack_is_read_as_before():
    sentence = "The Gantry Park Soundtrack came out on Ridgeway Records in 1986."
    assert albums(extract(sentence)) == ["The Gantry Park Soundtrack"]
