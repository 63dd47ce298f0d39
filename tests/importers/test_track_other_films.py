"""Songs of other films, said so in the sentence that names them: "a different film
entirely", "from another decade and another film", the theme of a film the
sentence names that is not the post's. Each sentence is our own."""

import pytest

from .test_discourse import extract, facts, titles


@pytest.mark.parametrize(
    "sentence",
    [
        "My aunt made a toast set to “Copper Moth”, which is a different film "
        "entirely.",
        "The tune I whistle, “Copper Moth” by the Tillers, is from another decade "
        "and another film.",
        "The town also hosted <i>Gull Point</i> (1989), whose theme, “Copper Moth”, "
        "reached the top ten.",
        "He later scored the theme from <i>Gull Point</i>, “Copper Moth”, in a week.",
    ],
)
def test_a_song_of_another_film_is_no_track(sentence):
    post = extract(
        "<i>Lantern Cove</i> (1986) opens with “Tin Roof Rain” by Ida Roe.",
        sentence,
        title="Notes on Lantern Cove",
    )
    assert titles(post) == ["Tin Roof Rain"]


def test_the_theme_of_the_posts_own_film_stays_a_track():
    post = extract(
        "<i>Lantern Cove</i> (1986), whose theme, “Tin Roof Rain”, reached the top "
        "ten, was shot in Maine.",
        title="Notes on Lantern Cove",
    )
    assert titles(post) == ["Tin Roof Rain"]


def test_the_album_a_song_comes_from_is_an_album():
    post = extract(
        "<i>Lantern Cove</i> (1986) opens with “Tin Roof Rain” by Ida Roe.",
        "The album it comes from, “Copper Moths & Lanterns”, went gold the next year.",
        title="Notes on Lantern Cove",
    )
    assert titles(post) == ["Tin Roof Rain"]
    assert [value["title"] for value in facts(post, "album")] == [
        "Copper Moths & Lanterns"
    ]
