"""A translation in brackets opened by the words that say it is one ("in English,",
"which means", "in translation,") is the same song as the title before it, not a
second track; a second title in brackets with no such words is still its own."""

import pytest

from .test_discourse import extract, titles


@pytest.mark.parametrize(
    "sentence",
    [
        "She sings “Kolorowy wiatr” (in English, “Coloured Wind”) on the ferry deck. "
        "Ola Brzeska sings it herself.",
        "The dancers move to “Kolorowy wiatr” (which means “Coloured Wind”), sung by "
        "Ola Brzeska.",
        "On the pier she hums “Kolorowy wiatr” (in translation, “Coloured Wind”). "
        "The song was written by Ola Brzeska.",
    ],
)
def test_a_translation_opened_by_its_words_is_the_same_song(sentence):
    assert titles(extract(sentence)) == ["Kolorowy wiatr"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The montage is set to “Kolorowy wiatr” (and later “Coloured Wind”, sung by "
        "Ola Brzeska).",
        "The montage is set to “Kolorowy wiatr” by Ola Brzeska, and “Coloured Wind” "
        "by the Dunes plays over the credits.",
    ],
)
def test_a_second_title_without_translating_words_is_its_own_track(sentence):
    assert titles(extract(sentence)) == ["Kolorowy wiatr", "Coloured Wind"]
