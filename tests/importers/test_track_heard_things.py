"""A title set beside what it is in loose words and where it plays ("“X”, a rough,
half-spoken thing that plays over the closing shot", "“X”, the jaunty one that
kicks in when the bus leaves") is a track; a thing that is not said to play, or
plays nowhere said, is not. Each sentence is our own."""

import pytest

from .test_discourse import titles
from .test_track_entries import read

OPENING = "<i>Gull Point</i> (1983) was Ben Hale's last picture."


@pytest.mark.parametrize(
    "sentence",
    [
        "This time the voice is his: “Pier Lights”, a rough, half-spoken thing that "
        "plays over the closing shot.",
        "Then “Pier Lights”, the jaunty one that kicks in when the bus leaves.",
        "And “Pier Lights”, a slow, sad waltz which runs under the credits.",
    ],
)
def test_loose_things_that_play(sentence):
    assert titles(read(OPENING, sentence)) == ["Pier Lights"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Then “Harbour Wall”, a rough, sad thing that ends badly.",
        "I read “Harbour Wall”, a long thing that runs to 600 pages.",
    ],
)
def test_things_that_do_not_play(sentence):
    assert titles(read(OPENING, sentence)) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "This page is all about “Pier Lights” and the film it was in.",
        "I love “Pier Lights”, and the movie it plays in even more.",
    ],
)
def test_a_title_beside_the_film_it_is_in(sentence):
    assert titles(read(OPENING, sentence)) == ["Pier Lights"]


def test_a_title_beside_a_film_it_is_not_in():
    post = read(
        OPENING, "This page is all about “Harbour Wall” and the film it inspired."
    )
    assert titles(post) == []
