"""A song the post says is not in the film, in more wordings: a label with an aside
before its colon, "nowhere in the finished film", "nor anywhere else in the film",
"that song was never in a film"; and what still is the film's song."""

import pytest

from .test_discourse import extract, titles

SONG = "The montage plays “Harbour Gate” by Mina Cole."


@pytest.mark.parametrize(
    "sentence",
    [
        "Not in the film, despite what the forums say: “Low Lamps” by The Vellums.",
        "Never in the movie, whatever the wiki claims – “Low Lamps” by The Vellums.",
        "Not on the soundtrack, sadly: “Low Lamps” by The Vellums.",
        "The trailer used another song, “Low Lamps”, which is nowhere in the finished film.",
        "“Low Lamps” by The Vellums is nowhere in the final film.",
        "Ger Furlong's “Low Lamps” is not in the montage, nor anywhere else in the film.",
        "“Low Lamps” by The Vellums never plays over the dance, or anywhere in the movie.",
        "Last comes “Low Lamps” by The Vellums, which isn't from any movie at all.",
        "“Low Lamps” by The Vellums wasn't from any film; I just like it.",
    ],
)
def test_a_song_said_to_be_nowhere_in_the_film_is_no_track(sentence):
    assert titles(extract(SONG, sentence)) == ["Harbour Gate"]


@pytest.mark.parametrize(
    "denial",
    [
        "But that song was never in a film, and this is a film page.",
        "It has never been in any movie, whatever people say.",
        "And that one wasn't in a picture at all.",
    ],
)
def test_a_song_the_next_sentence_puts_in_no_film_is_no_track(denial):
    post = extract(
        SONG,
        "Most people know him for “Low Lamps”, the song he wrote for Ida Roe in 1968."
        " " + denial,
    )
    assert titles(post) == ["Harbour Gate"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Not in the film, despite the rumours: the band itself. “Low Lamps” by The"
        " Vellums closes the picture.",
        "“Low Lamps” by The Vellums was not in a film before this one, and it plays"
        " over the dance.",
    ],
)
def test_a_song_of_the_film_beside_such_words_is_still_a_track(sentence):
    assert "Low Lamps" in titles(extract(SONG, sentence))
