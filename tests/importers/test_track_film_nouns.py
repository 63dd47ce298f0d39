"""A title named as the film's own piece of music by a noun the film owns with
words before it ("the film's closing number, “X”", "the movie's big love theme,
“X”", "its opening tune was “X”") is a track; the film's second or other film,
or a noun that is no song ("the film's closing line"), is not. Each sentence is
our own."""

from .test_discourse import titles
from .test_track_entries import read

OPENING = "<i>Gull Point</i> (1983) was Ben Hale's last picture."


def test_the_films_own_songs():
    post = read(OPENING, "Ada Moon wrote the film's closing number, “Pier Lights”.")
    assert titles(post) == ["Pier Lights"]
    post = read(OPENING, "The movie's big love theme, “Salt Kiss”, runs four minutes.")
    assert titles(post) == ["Salt Kiss"]
    post = read(
        OPENING, "Its opening tune was “Low Gate”, and it still is my ringtone."
    )
    assert titles(post) == ["Low Gate"]


def test_not_the_films_song():
    post = read(OPENING, "The film's closing line, “Harbour Wall”, is the best bit.")
    assert titles(post) == []
    post = read(OPENING, "Its second sequel, “Gull Point Again”, never opened.")
    assert titles(post) == []
