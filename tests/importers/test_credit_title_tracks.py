"""A title track: "it" is still the song when the sentence goes on to name the
album that shares its title ("A wrote it with B, and it's the title track of her
album X"); "it" after the album itself is still the album. Every sentence
here is invented for the test."""

import pytest

from .test_credit_rules import tracks
from .test_discourse import extract

SONG = "The song is “Tin Lantern”."


@pytest.mark.parametrize(
    "sentence",
    [
        "Lusk wrote it with Ned Orr, her producer, and it's also the title track "
        "of her album of that year, <i>Tin Lantern</i>.",
        "Lusk wrote it with Ned Orr, and it gave its name to her next album, "
        "<i>Tin Lantern</i>.",
        "Lusk wrote it with Ned Orr in a week; it opens her LP <i>Tin Lantern</i>.",
    ],
)
def test_it_is_the_song_its_albums_title_names(sentence):
    post = extract("Who sings it? Cora Lusk.", SONG, sentence)
    assert tracks(post)["Tin Lantern"][0] == ["Cora Lusk", "Ned Orr"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Her album <i>Tin Lantern</i> came out that May. Lusk made it with Ned Orr.",
        "The album <i>Tin Lantern</i> came later; Lusk produced it with Ned Orr.",
    ],
)
def test_no_credit_when_it_is_the_album(sentence):
    post = extract("Who sings it? Cora Lusk.", SONG, sentence)
    assert tracks(post)["Tin Lantern"][0] == []
