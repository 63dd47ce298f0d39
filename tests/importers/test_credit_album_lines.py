"""A line of credits with words in it ("Music by A, lyrics by B") after a song
named with its album is the song's: an album has no lyrics. Every sentence here is
invented for the test."""

import pytest

from .test_credit_rules import tracks
from .test_discourse import extract


@pytest.mark.parametrize(
    "sentences, expected",
    [
        (
            (
                "It's “Pier Lamps” by the Gannets, from their album “Low Tide”.",
                "Music by Ana Rowe, lyrics by Jonah Pell.",
            ),
            (["Ana Rowe", "Jonah Pell"], ["Gannets"]),
        ),
        (
            (
                "The montage uses “Pier Lamps”, a track from the Gannets' LP “Low Tide”.",
                "Words and music by Ana Rowe.",
            ),
            (["Ana Rowe"], []),
        ),
        (
            (
                "The montage uses “Pier Lamps”, which opens the album “Low Tide”.",
                "Lyrics by Jonah Pell; music by Ana Rowe.",
            ),
            (["Jonah Pell", "Ana Rowe"], []),
        ),
    ],
)
def test_words_by_after_a_song_and_its_album_are_the_songs(sentences, expected):
    assert tracks(extract(*sentences))["Pier Lamps"] == expected


def test_music_alone_after_an_album_names_no_song_writer():
    post = extract(
        "“Pier Lamps” plays over the titles.",
        "The album “Low Tide” came later.",
        "Music by Ana Rowe.",
    )
    assert tracks(post)["Pier Lamps"] == ([], [])
