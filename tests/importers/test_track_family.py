"""Tracks, albums and the film read in more ways (tenth round of the corpus): a song
the post sets apart from its film is no track, whatever else the sentence says of
it. Each sentence is our own."""

import pytest

from .test_discourse import extract, facts, peaks


def titles(post, kind="track"):
    return [value["title"] for value in facts(post, kind)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Don't mix it up with “Copper Moth”, whose theme reached No. 4 on the Hot 100.",
        "Critics confused it with “Copper Moth”, out that spring, which peaked at "
        "number four on the Billboard Hot 100.",
    ],
)
def test_a_title_set_apart_is_no_track_even_when_it_charted(sentence):
    post = extract(
        "<i>Lantern Cove</i> (1986) opens with “Tin Roof Rain” by Ida Roe.",
        sentence,
        title="Notes on Lantern Cove",
    )
    assert titles(post) == ["Tin Roof Rain"]
    assert peaks(post) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "On the drive I played “Copper Moth” by the Tillers, which is not from the "
        "film, but it keeps me awake.",
        "“Copper Moth” by the Tillers isn't from this movie, whatever the playlists say.",
    ],
)
def test_a_song_not_from_the_film_is_no_track(sentence):
    post = extract(sentence, title="Notes on Lantern Cove")
    assert titles(post) == []
