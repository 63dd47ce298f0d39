"""A song the post says the listener never hears in the film ("but you won't hear it
in the film", "nobody hears it in the movie", "it's never heard in the picture"), or
says is another film's ("It's from a different film"), in the sentence naming it or
the one after, is no track of the film. Each sentence is our own."""

import pytest

from .test_discourse import extract, titles

FILM = "The kite montage in <i>Gull Point</i> (1983) is set in Dorset."


@pytest.mark.parametrize(
    "text",
    [
        [
            "“Tin Lantern” is by Ada Roe, and it's lovely, but you won't hear it in the film."
        ],
        [
            "“Tin Lantern”, sung by Ada Roe, is great; nobody hears it in the movie, though."
        ],
        ["“Tin Lantern” is by Ada Roe.", "Sadly, it's never heard in the picture."],
        ["“Tin Lantern” is by Ada Roe.", "It's from a different film."],
        ["“Tin Lantern” is by Ada Roe.", "That one belongs to another movie, sadly."],
        ["“Tin Lantern” is by Ada Roe.", "But it was from some other picture."],
    ],
)
def test_a_song_not_heard_in_the_film_is_no_track(text):
    assert titles(extract(FILM, " ".join(text))) == []


@pytest.mark.parametrize(
    "text",
    [
        "“Tin Lantern” is by Ada Roe, and you hear it in the film twice.",
        "“Tin Lantern” is by Ada Roe. It's from a different album than her others.",
        "“Tin Lantern” is by Ada Roe. Nobody who saw the film forgets it.",
    ],
)
def test_a_song_heard_in_the_film_stays(text):
    assert titles(extract(FILM, text)) == ["Tin Lantern"]
