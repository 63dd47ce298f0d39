"""A title after "the album" that is the subject of a clause about the album ("the
album “X” came from, “Y”", "the LP “X” is on") is the song's, not the album's
name; "the album “X”" naming the record still is. Each sentence is our own."""

import pytest

from .test_album_owned_nouns import albums
from .test_track_entries import read

OPENING = "The pier montage in <i>Gull Point</i> (1983) is set to “Tin Roof Blues”."


@pytest.mark.parametrize(
    "sentence",
    [
        "The album “Tin Roof Blues” came from, “Salt Road”, went gold.",
        "The LP “Tin Roof Blues” is on, “Salt Road”, went gold.",
        "Name the record “Tin Roof Blues” was taken from: “Salt Road”.",
    ],
)
def test_the_song_of_the_album_is_no_album(sentence):
    assert "Tin Roof Blues" not in albums(read(OPENING, sentence))


def test_the_album_named_is_still_an_album():
    post = read(OPENING, "It is on the album “Salt Road”, which came out in 1984.")
    assert albums(post) == ["Salt Road"]
    post = read(OPENING, "The album “Salt Road” went gold.")
    assert albums(post) == ["Salt Road"]
