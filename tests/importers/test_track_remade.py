"""A song the sentence places in a remake, a sequel or a stage version of the film
("There was a remake in 2005 with a singer doing “X”", "The sequel swapped the
ballad for “X”", "In the 2012 stage version the montage is set to “X”") is not the
film's; a song the remake kept, or that the film uses unlike the remake, is. Each
sentence is our own."""

import pytest

from .test_discourse import extract, titles

FILM = "The harbour montage in <i>Gull Point</i> (1983) is set in Dorset."


@pytest.mark.parametrize(
    "sentence",
    [
        "There was a remake in 2005 with a singer doing a thing called <i>Salt Road</i> "
        "over the boats.",
        "The sequel swapped the ballad for “Salt Road”, sung by Ada Roe.",
        "In the 2012 stage version the montage is set to “Salt Road” by Ada Roe.",
    ],
)
def test_a_song_of_a_remake_or_a_sequel_is_no_track(sentence):
    assert titles(extract(FILM, sentence)) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Unlike the remake, the film uses “Salt Road” by Ada Roe.",
        "The remake kept “Salt Road” by Ada Roe.",
    ],
)
def test_a_song_the_film_has_too_stays(sentence):
    assert titles(extract(FILM, sentence)) == ["Salt Road"]
