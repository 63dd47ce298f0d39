"""The album a song is said to be on, named right after the clause that says so
("The album it's on, <i>X</i>", "the record the song appears on, “X”", "the LP it
was taken from: <i>X</i>"): an album, not a track. Each sentence is our own."""

import pytest

from .test_discourse import extract, facts


def albums(post):
    return [value["title"] for value in facts(post, "album")]


def tracks(post):
    return [value["title"] for value in facts(post, "track")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The album it's on, <i>Tin Roof Psalms</i>, went gold in Canada.",
        "The record the song appears on, “Tin Roof Psalms”, sold a million copies.",
        "Nobody bought the LP it was taken from: <i>Tin Roof Psalms</i>.",
    ],
)
def test_the_album_a_song_is_on_is_an_album(sentence):
    post = extract(
        "The montage plays over “Lamp Oil” by The Ferrymen.",
        sentence,
        title="Notes on Harbour Watch",
    )
    assert albums(post) == ["Tin Roof Psalms"]
    assert "Tin Roof Psalms" not in tracks(post)


@pytest.mark.parametrize(
    "sentence",
    [
        "The poem it's based on, “Tin Roof Psalms”, is older than the band.",
        "The album it's on is dull, but “Tin Roof Psalms” is a fine song too.",
    ],
)
def test_no_album_from_another_noun_or_a_title_further_on(sentence):
    post = extract(
        "The montage plays over “Lamp Oil” by The Ferrymen.",
        sentence,
        title="Notes on Harbour Watch",
    )
    assert "Tin Roof Psalms" not in albums(post)


@pytest.mark.parametrize(
    "sentence",
    [
        "Another single from the album, “Gull Cry”, did better on the radio.",
        "The second track off that LP, “Gull Cry”, is the one DJs still play.",
        "A different song on the record, <i>Gull Cry</i>, charted higher.",
    ],
)
def test_a_song_of_the_album_between_commas_is_no_album(sentence):
    post = extract(
        "The montage plays over “Lamp Oil” by The Ferrymen, from their album "
        "<i>Tin Roof Psalms</i>.",
        sentence,
        title="Notes on Harbour Watch",
    )
    assert albums(post) == ["Tin Roof Psalms"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The album, “Gull Cry”, went gold in Canada.",
        "The song is from the album, “Gull Cry”, which went gold.",
    ],
)
def test_the_album_itself_between_commas_stays_an_album(sentence):
    post = extract(
        "The montage plays over “Lamp Oil” by The Ferrymen.",
        sentence,
        title="Notes on Harbour Watch",
    )
    assert "Gull Cry" in albums(post)
