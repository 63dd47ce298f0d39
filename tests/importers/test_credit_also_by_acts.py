"""A second song said in an aside to be "also by" the act of a song the post has
credited already ("“X”, also by the band", "“X”, a slow instrumental by the same
group") gets that act's credits on the other song; a name no song credits, a name
that runs on in lower case, or a denial credits no one. Each sentence is our own."""

import pytest

from .test_discourse import extract, facts

FILM = "The film is <i>Gull Point</i> (1983)."


def credits(post):
    return {
        value["title"]: (value["composers"], value["performers"])
        for value in facts(post, "track")
    }


@pytest.mark.parametrize(
    "first, then",
    [
        (
            "“Gull Song” by the Rookeries opens the film.",
            "The second single, “Tin Heron”, also by the band, sold far fewer.",
        ),
        (
            "“Gull Song” is by the Rookeries.",
            "At the very end we hear its B-side, “Tin Heron”, a quiet instrumental "
            "by the same group.",
        ),
        (
            "“Gull Song” is by the Rookeries.",
            "In the pier scene the jukebox plays “Tin Heron”, also by the Rookeries.",
        ),
    ],
)
def test_the_act_of_the_other_song_plays_this_one(first, then):
    assert credits(extract(FILM, first, then))["Tin Heron"] == ([], ["Rookeries"])


def test_a_family_act_named_by_its_noun():
    post = extract(
        FILM,
        "“Gull Song” is sung by the Marram Sisters.",
        "At the wake the radio plays “Tin Heron”, also by the sisters.",
    )
    assert credits(post)["Tin Heron"] == ([], ["Marram Sisters"])


def test_a_writer_stays_a_writer():
    post = extract(
        FILM,
        "“Gull Song” was written by Ida Marr.",
        "The closing titles run over “Tin Heron”, also by Marr.",
    )
    assert credits(post)["Tin Heron"][0] == ["Ida Marr"]


def test_an_act_no_song_credits_is_named_as_the_post_names_it():
    post = extract(
        FILM,
        "The band at the fete is the Quay Street Rookeries, out of Whitby.",
        "Later the song “Tin Heron” plays in the chip shop, also by the Rookeries.",
    )
    assert credits(post)["Tin Heron"][1] == ["Quay Street Rookeries"]


@pytest.mark.parametrize(
    "then",
    [
        # a surname no song credits
        "The closing titles run over “Tin Heron”, also by Brand.",
        # "also by" that is no credit
        "The closing titles run over “Tin Heron”, also by then a hit.",
    ],
)
def test_no_writer_to_copy(then):
    post = extract(FILM, "“Gull Song” was written by Ida Marr.", then)
    assert credits(post)["Tin Heron"][0] == []


def test_a_denial_copies_no_act():
    post = extract(
        FILM,
        "“Gull Song” is by the Rookeries.",
        "The closing titles run over “Tin Heron”, which is not by the same group.",
    )
    assert credits(post)["Tin Heron"] == ([], [])


def test_a_name_running_on_in_lower_case_is_not_the_writer():
    post = extract(
        FILM,
        "“Gull Song” is by the Tom Hale Band, written by Tom Hale.",
        "“Tin Heron”, also by the Hale band, plays under the bonfire.",
    )
    assert "Tom Hale" not in credits(post)["Tin Heron"][0]
