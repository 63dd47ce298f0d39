"""The film a song is said to come from, picked out by its year among films of that
name ("It's from <i>X</i>, the 1998 one, not the TV remake"): the post's film."""

import pytest

from .test_discourse import extract, film, titles

SONG = "The couple asked for “Lamp Oil Waltz” as their first dance."


@pytest.mark.parametrize(
    "sentence",
    [
        "It's from <i>Hollow Creek Social</i>, the 1987 one, not the TV remake.",
        "The song comes from the movie <i>Hollow Creek Social</i> (the 1987"
        " version), which nobody remembers.",
        "You'd know it from <i>Hollow Creek Social</i> — the 1987 original — if"
        " you were at a drive-in that summer.",
    ],
)
def test_a_song_from_a_title_picked_out_by_its_year_names_the_film(sentence):
    post = extract(SONG, sentence, title="A first dance")
    assert film(post) == ("Hollow Creek Social", 1987)
    assert "Hollow Creek Social" not in titles(post)


@pytest.mark.parametrize(
    "sentence",
    [
        "It's the title cut of the album <i>Hollow Creek Social</i>, the 1987 one.",
        "It's from the album <i>Hollow Creek Social</i>, the 1987 one, on vinyl.",
    ],
)
def test_a_record_or_a_title_no_song_comes_from_is_not_the_film(sentence):
    post = extract(SONG, sentence, title="A first dance")
    assert film(post) != ("Hollow Creek Social", 1987)
