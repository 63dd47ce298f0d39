"""The song of a scene said to be a title ("The song over it is <i>X</i>", "the tune
under the training sequence was “X”", "The music behind her run is <i>X</i>") is the
film's song; the song in someone's head or in a sequel is not. Each sentence is our
own."""

import pytest

from .test_discourse import extract, titles

FILM = "The rowing montage in <i>Gull Point</i> (1983) is set in Dorset."


@pytest.mark.parametrize(
    "sentence",
    [
        "The song over it is <i>Mile Markers</i>.",
        "She trains at dawn, and the tune under the training sequence was “Mile Markers”.",
        "The music behind her run is <i>Mile Markers</i>, of course.",
    ],
)
def test_the_song_of_a_scene_said_to_be_a_title_is_the_track(sentence):
    assert titles(extract(FILM, sentence)) == ["Mile Markers"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The song in my head is <i>Mile Markers</i>.",
        "The song in the sequel is <i>Mile Markers</i>.",
    ],
)
def test_the_song_of_a_head_or_a_sequel_is_no_track(sentence):
    assert titles(extract(FILM, sentence)) == []
