"""A second song the post counts after the film's first ("a second song, near the
end, “X”", "a second Ferrante composition, “X”") is the film's too; one the
sentence says was wanted, cut or from another film is not, nor a count in a post
that has no song of the film yet. Each sentence is our own."""

import pytest

from .test_discourse import extract, titles

FILM = "The film is <i>Gull Point</i>, which came out in 1983."
FIRST = "The montage plays “Harbour Gate” by Mina Cole."


@pytest.mark.parametrize(
    "said",
    [
        "There is also a second song, near the end, “Tin Lantern”, which Cole wrote "
        "as well.",
        "Later comes a second Ferrante composition, “Tin Lantern”, for the picnic.",
        "The band then slides into a second, slower waltz tune, “Tin Lantern”.",
        "The end titles run over a third number, “Tin Lantern”, all brass.",
    ],
)
def test_a_counted_second_song_is_the_films(said):
    assert titles(extract(FILM, FIRST, said)) == ["Harbour Gate", "Tin Lantern"]


@pytest.mark.parametrize(
    "said",
    [
        "The director wanted a second song of hers, “Tin Lantern”, but it cost too "
        "much.",
        "A second song, “Tin Lantern”, was cut after the first screening.",
        "A second song of theirs, “Tin Lantern”, turned up in another film.",
        "Cole had a second song on the radio that summer, “Tin Lantern”.",
    ],
)
def test_a_second_song_left_out_is_no_track(said):
    assert "Tin Lantern" not in titles(extract(FILM, FIRST, said))


def test_a_count_with_no_first_song_makes_nothing():
    post = extract(FILM, "A second tune, “Tin Lantern”, near the end.")
    assert "Tin Lantern" not in titles(post)
