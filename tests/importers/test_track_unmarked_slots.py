"""A song's title with no quotes and no italics, in a slot only a title fills ("the
song is X and it's by A", "a song called X by A", "her own song, X, plays as ...") is
a track; not someone's ("the song is Ada Moon's best"), a measure, a shouted word,
and a title of one word only as a suggestion. Each sentence is our own."""

import pytest

from .test_discourse import extract, facts, titles

FILM = "I rewatched <i>Gull Point</i> (1983) last night."


def performers(post):
    return {value["title"]: value["performers"] for value in facts(post, "track")}


@pytest.mark.parametrize(
    "said, title",
    [
        ("ok so the song is Harbour Lanterns and it's great.", "Harbour Lanterns"),
        ("lol the song in that scene is Tin Kettle Rag, trust me.", "Tin Kettle Rag"),
        (
            "She brought her own song, Gull Wintering, which plays at the end.",
            "Gull Wintering",
        ),
        ("3/ The song is Salt in a Lantern.", "Salt in a Lantern"),
        (
            "The harp piece under the second half, Low Tide Lament, is hers.",
            "Low Tide Lament",
        ),
        ("Music: Rope on the Pulley, the Ada Moon song.", "Rope on the Pulley"),
    ],
)
def test_an_unmarked_title_in_a_songs_slot(said, title):
    post = extract(FILM, said, "Dana Kell wrote it.")
    assert titles(post) == [title]


def test_its_act_after_by():
    post = extract(FILM, "There's a song called Tin Kettle Rag by the Moss Sisters.")
    assert performers(post) == {"Tin Kettle Rag": ["Moss Sisters"]}


@pytest.mark.parametrize(
    "said",
    [
        "Honestly the song is Ada Moon's best, by a mile.",
        "The track is 120 BPM, by the way.",
        "That song was EVERYWHERE.",
        "The song is The Terns at their best.",
        "The man who sang the song was Olly Brant.",
        "The song in the montage, Ada Moon says, is her best.",
    ],
)
def test_no_title_in_the_slot(said):
    post = extract(FILM, said, "Dana Kell wrote it.")
    assert titles(post) == []
    assert not any("Possible track" in line for line in post.suggestions)


def test_a_one_word_title_is_suggested():
    post = extract(FILM, "She brought her own song, Wintering, which plays at the end.")
    assert titles(post) == []
    assert any("Possible track “Wintering”" in line for line in post.suggestions)
