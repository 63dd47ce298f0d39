"""A writing credit stated once for every song of the film ("Every song in the film
was written by A and B", "All the songs were a collaboration between composer A and
lyricist B", "All music by A") goes to each track, whichever sentence named it; a
sentence about other songs ("every song on their debut album") or one that makes an
exception ("except the finale") credits nothing. Each sentence is our own."""

import pytest

from .test_credit_surname_bands import credits
from .test_discourse import extract

SONGS = (
    "The montage in <i>Gull Point</i> (1983) is set to “Salt Kiss” by Ada Moon, "
    "and the dance to “Low Gate” by the Gulls."
)


@pytest.mark.parametrize(
    "said",
    [
        "Every song in the film was written by Ida Marr and Tom Reade.",
        "All the songs, here and in the film, were a collaboration between composer "
        "Ida Marr and lyricist Tom Reade.",
        "Quite a team. All music by Ida Marr, Tom Reade.",
    ],
)
def test_every_song_has_the_writers(said):
    post = extract(SONGS, said)
    assert credits(post) == {
        "Salt Kiss": (["Ida Marr", "Tom Reade"], ["Ada Moon"]),
        "Low Gate": (["Ida Marr", "Tom Reade"], ["Gulls"]),
    }


@pytest.mark.parametrize(
    "said",
    [
        "Every song on their debut album was written by Ida Marr and Tom Reade.",
        "Every song in the film was written by Ida Marr, except the finale.",
    ],
)
def test_other_songs_or_an_exception_credit_nothing(said):
    post = extract(SONGS, said)
    assert credits(post) == {
        "Salt Kiss": ([], ["Ada Moon"]),
        "Low Gate": ([], ["Gulls"]),
    }
