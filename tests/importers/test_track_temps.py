"""A song the sentence naming it calls the temp track (the music a scene was cut to
before its own) is no song of the film; one named beside a temp track, or a temp
that stayed, still is."""

import pytest

from .test_discourse import extract, titles


@pytest.mark.parametrize(
    "sentence",
    [
        "For six weeks the chase was cut to a temp track, “Tin Lantern”, by Mae Ruiz.",
        "Temp track for the ferry scene is “Tin Lantern” by Mae Ruiz.",
        "The editor temped the whole montage with “Tin Lantern” by Mae Ruiz.",
        "“Tin Lantern” by Mae Ruiz was only ever the temp, and we lost it.",
    ],
)
def test_a_temp_track_is_no_song_of_the_film(sentence):
    assert titles(extract(sentence)) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The temp track never worked, so we dropped in “Tin Lantern” by Mae Ruiz.",
        "The temp track, “Tin Lantern” by Mae Ruiz, stuck and made the final cut.",
    ],
)
def test_a_song_beside_a_temp_or_a_temp_that_stayed_is_a_track(sentence):
    assert titles(extract(sentence)) == ["Tin Lantern"]
