"""Albums named by an apposition that calls them a titled film's soundtrack, and the
film's soundtrack said to have no title of its own. Each sentence is our own."""

import pytest

from .test_discourse import extract, facts


def albums(post):
    return [value["title"] for value in facts(post, "album")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Everyone asks for <i>Gravel Hymns</i>, the soundtrack to <i>Copper Moth</i> "
        "(1984).",
        "The label is reissuing <i>Gravel Hymns</i>, the original soundtrack to the "
        "1984 road movie <i>Copper Moth</i>.",
    ],
)
def test_a_title_called_the_soundtrack_to_a_titled_film_is_an_album(sentence):
    post = extract(sentence, "It went gold.", title="Notes on Copper Moth")
    assert albums(post) == ["Gravel Hymns"]


def test_a_song_called_the_soundtrack_to_a_scene_is_no_album():
    post = extract(
        "In <i>Copper Moth</i> (1984), “Gravel Hymns”, the soundtrack to the "
        "diner scene, was written by Ida Roe.",
        title="Notes on Copper Moth",
    )
    assert albums(post) == []


def test_a_soundtrack_with_no_clever_title_is_the_films():
    post = extract(
        "I supervised the music on <i>Copper Moth</i> (1984).",
        "Q: And the soundtrack album?",
        "A: No clever title, it was just the soundtrack. It reached No. 9 on the "
        "Billboard 200.",
        title="Notes on Copper Moth",
    )
    assert albums(post) == ["Copper Moth (soundtrack)"]


def test_a_quoted_album_with_a_comma_after_the_album_noun_is_one_album():
    post = extract(
        "In <i>Salt, Then Sugar</i> (1994) “Gravel Hymns” is the song, and the "
        "soundtrack album, <i>Salt, Then Sugar (Original Soundtrack)</i>, went gold.",
        title="Notes on Salt, Then Sugar",
    )
    assert albums(post) == ["Salt, Then Sugar (Original Soundtrack)"]


def test_for_the_record_is_an_aside_not_a_record_named():
    post = extract(
        "In <i>Copper Moth</i> (1984) the song is “Blue Rink” by Ida Sorel.",
        "For the record, “Gull Song” by the Tillers, which was on the shop radio, "
        "got to number two.",
        title="Notes on Copper Moth",
    )
    assert albums(post) == []
