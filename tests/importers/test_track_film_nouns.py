"""A title named as the film's own piece of music by a noun the film owns with
words before it ("the film's closing number, “X”", "the movie's big love theme,
“X”", "its opening tune was “X”") is a track; the film's second or other film,
or a noun that is no song ("the film's closing line"), is not. Each sentence is
our own."""

import pytest

from .test_discourse import titles
from .test_track_entries import read

OPENING = "<i>Gull Point</i> (1983) was Ben Hale's last picture."


@pytest.mark.parametrize(
    "sentence",
    [
        "Ada Moon wrote the film's closing number, “Pier Lights”.",
        "The movie's big love theme, “Pier Lights”, runs four minutes.",
        "Its opening tune was “Pier Lights”, and it still is my ringtone.",
    ],
)
def test_the_films_own_songs(sentence):
    assert titles(read(OPENING, sentence)) == ["Pier Lights"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The film's closing line, “Harbour Wall”, is the best bit.",
        "Its second sequel, “Gull Point Again”, never opened.",
    ],
)
def test_not_the_films_song(sentence):
    assert titles(read(OPENING, sentence)) == []
