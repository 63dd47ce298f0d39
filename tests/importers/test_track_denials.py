"""Songs named in a post that are not in its film, or not a second song: a title's
translation in brackets, a song a later sentence denies, a list the post says only
one item of is in the film. Each sentence is our own."""

import pytest

from .test_discourse import extract, facts, peaks


def titles(post, kind="track"):
    return [value["title"] for value in facts(post, kind)]


@pytest.mark.parametrize(
    "bracket",
    ["(“Grey Morning”)", "(English: “Grey Morning”)", "(literally “Grey Morning”)"],
)
def test_a_translated_title_in_brackets_is_the_same_song(bracket):
    post = extract(
        "In <i>Lantern Cove</i> (1986) the song is “Matin Gris” "
        + bracket
        + ", written by Ida Roe and sung by Léa Brun.",
        "It reached No. 3 on the Hot 100.",
        title="Notes on Lantern Cove",
    )
    assert titles(post) == ["Matin Gris"]
    track = facts(post, "track")[0]
    assert track["composers"] == ["Ida Roe"]
    assert track["performers"] == ["Léa Brun"]
    assert peaks(post) == [("Matin Gris", 3, "billboard_hot_100")]


def test_two_songs_with_a_bracket_between_stay_two():
    post = extract(
        "In <i>Lantern Cove</i> (1986) we hear “Matin Gris” (and later “Grey Hill”, "
        "sung by Léa Brun) by Ida Roe.",
        title="Notes on Lantern Cove",
    )
    assert "Grey Hill" in titles(post)
