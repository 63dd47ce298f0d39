"""A chart verb sharing the subject of the clause before, where that clause named
an album only as where the song came from ("It comes from her album “X” and went
gold"), is about the song; "..., which went gold" and an album that is the
clause's own subject are the album's still."""

import pytest

from .test_discourse import certifications, extract, peaks

SONG = "The harbour scene plays “Lamp Oil” by Fenna Drury."
ON_THE_SONG = {
    "It comes from her album <i>Tidewrack</i> and went gold in Australia.": (
        "gold",
        "aria",
    ),
    "The song is on her LP <i>Tidewrack</i> and was certified gold by the RIAA.": (
        "gold",
        "riaa",
    ),
    "Words are Drury's own; it comes off the album <i>Tidewrack</i> and was later "
    "certified platinum by the BPI.": ("platinum", "bpi"),
}


@pytest.mark.parametrize("sentence", list(ON_THE_SONG))
def test_a_shared_verb_after_an_album_of_origin_is_the_songs(sentence):
    level, certifier = ON_THE_SONG[sentence]
    post = extract(SONG, sentence)
    assert certifications(post) == [("Lamp Oil", level, None, certifier)]


@pytest.mark.parametrize(
    "sentence",
    [
        "It is the opener of her album <i>Tidewrack</i>, which went gold in Australia.",
        "Her album <i>Tidewrack</i> came out in May and went gold in Australia.",
    ],
)
def test_the_albums_own_verb_is_the_albums(sentence):
    post = extract(SONG, sentence)
    assert certifications(post) == [("Tidewrack", "gold", None, "aria")]


def test_a_peak_after_an_album_of_origin_is_the_songs():
    post = extract(
        SONG, "It is on their LP <i>Tidewrack</i> and went to No. 4 in the UK."
    )
    assert peaks(post) == [("Lamp Oil", 4, "uk_singles")]
