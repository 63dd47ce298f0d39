"""A chart fact's subject named as the album just before it, in a clause of its
own: "The album that houses it, <i>X</i>, went gold", "Her second LP, <i>X</i>,
...", "the record “Y” came from, <i>X</i>, peaked ..." is an album, not a song."""

import pytest

from .test_discourse import extract, facts

SONG = "The first half runs on Mina Cole's “Harbour Gate”. It reached No. 22 on the Hot 100."


def records(post):
    return (
        [value["title"] for value in facts(post, "track")],
        [value["title"] for value in facts(post, "album")],
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "The album that houses it, <i>Copper Mornings</i>, was certified gold by the RIAA.",
        "Her second LP, <i>Copper Mornings</i>, went gold in Canada.",
        "Trivia: the record it came from, <i>Copper Mornings</i>, peaked at No. 9 on"
        " the Billboard 200.",
    ],
)
def test_a_title_named_as_the_album_before_it_is_an_album(sentence):
    assert records(extract(SONG, sentence)) == (["Harbour Gate"], ["Copper Mornings"])


@pytest.mark.parametrize(
    "sentence",
    [
        "The album's best song, <i>Copper Mornings</i>, was certified gold by the RIAA.",
        "On the album, <i>Copper Mornings</i> was certified gold by the RIAA.",
    ],
)
def test_a_song_of_the_album_is_not_the_album(sentence):
    assert records(extract(SONG, sentence))[1] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "There was an LP, <i>Copper Mornings</i>, and my copy is signed.",
        "Her album from that winter, <i>Copper Mornings</i>, has a slower version.",
        "Neither made it onto a record until the 1990 best-of, <i>Copper Mornings</i>.",
    ],
)
def test_an_album_noun_in_apposition_names_the_album(sentence):
    assert records(extract(SONG, sentence))[1] == ["Copper Mornings"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The album's opening track, <i>Copper Mornings</i>, plays over the credits.",
        "Another single from the album, “Copper Mornings”, plays over the credits.",
    ],
)
def test_a_song_of_an_album_in_apposition_is_no_album(sentence):
    assert records(extract(SONG, sentence))[1] == []
