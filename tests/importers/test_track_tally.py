"""A place in the writer's own tally or ranking opening the sentence ("Runner-up:
“X” by A", "Second place – “X” by A", "Honourable mention: “X” by A") names a song
people chose, not the film's; a label about the film, or a tallied song the
sentence puts over the montage, stays. Each sentence is our own."""

import pytest

from .test_discourse import extract, titles

FILM = "The bar montage in <i>Gull Point</i> (1983) is set in Dorset."


@pytest.mark.parametrize(
    "sentence",
    [
        "Runner-up: “Salt Road” by Ada Roe, for reasons I cannot explain.",
        "Second place – “Salt Road” by Ada Roe.",
        "Honourable mention: “Salt Road” by Ada Roe, again.",
    ],
)
def test_a_tallied_song_is_no_track(sentence):
    assert titles(extract(FILM, sentence)) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The montage: “Salt Road” by Ada Roe.",
        "Most of all: “Salt Road” by Ada Roe plays over the montage.",
    ],
)
def test_a_label_about_the_film_keeps_its_song(sentence):
    assert titles(extract(FILM, sentence)) == ["Salt Road"]
