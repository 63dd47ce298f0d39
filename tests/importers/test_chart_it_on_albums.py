"""A sentence opening on "it", the song named before, that names an album only as
the song's place ("It was the first track on her album <i>Y</i>") leaves the song
what the next "it" means; a sentence about the album itself, or naming another
title too, does not."""

import pytest

from .test_discourse import certifications, extract, peaks

SONG = "The closing dance is set to “Rope Bridge” by Mina Corr."
ON_ALBUM = [
    "It was the first track on her album <i>Quarry Lights</i>.",
    "It was on her only album, <i>Quarry Lights</i>, which is back on vinyl.",
    "It comes off her second LP, <i>Quarry Lights</i>.",
]


@pytest.mark.parametrize("place", ON_ALBUM)
def test_the_song_stays_what_it_means_after_its_album(place):
    post = extract(SONG, place, "It reached number four in the UK and went gold.")
    assert peaks(post) == [("Rope Bridge", 4, "uk_singles")]
    assert certifications(post) == [("Rope Bridge", "gold", None, "bpi")]


@pytest.mark.parametrize(
    "about",
    [
        "Her album <i>Quarry Lights</i> came out that spring.",
        "It was on her album <i>Quarry Lights</i> with “Salt Road”, her next single.",
    ],
)
def test_a_sentence_about_the_album_or_another_song_leaves_the_song(about):
    post = extract(SONG, about, "It reached number four in the UK.")
    assert ("Rope Bridge", 4, "uk_singles") not in peaks(post)
