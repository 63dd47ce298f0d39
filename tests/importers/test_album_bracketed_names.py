"""A soundtrack's title without quotes whose generic words are in brackets ("Gull
Bay (Original Soundtrack)") is the name before the bracket with it, a label's word
before a colon ("Album:") left out; brackets with no name before them make no such
album."""

import pytest

from .test_discourse import extract, facts

NO_NAME = (
    "it was all there (original soundtrack) in the shop window, unpriced.",
    "We talked about it (Soundtrack) for an hour at least.",
)


def albums(post):
    return [value["title"] for value in facts(post, "album")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Album: Tarn Hollow (Original Motion Picture Soundtrack)",
        "I found the Tarn Hollow (Original Soundtrack) LP in a charity shop.",
        "Soundtrack: Tarn Hollow (Music from the Motion Picture Soundtrack)",
    ],
)
def test_a_name_before_bracketed_generic_words_is_the_album(sentence):
    (title,) = albums(extract(sentence))
    assert title.startswith("Tarn Hollow (") and title.endswith("Soundtrack)")


def test_bracketed_generic_words_without_a_name_make_no_album():
    for sentence in NO_NAME:
        assert albums(extract(sentence)) == [], sentence
