"""The song a scene was first cut to, before the film's own music came, is no song of
the film; a shot cut on a song's beat, a first cut that stayed, or the song a scene
was finally cut to still is."""

import pytest

from .test_discourse import extract, titles


@pytest.mark.parametrize(
    "sentence",
    [
        "Ostrova had originally cut the ferry chase to a rough Lanterns demo, "
        "“Brass Tide”, which the band never finished.",
        "The rooftop montage was initially edited to “Brass Tide” by the Lanterns.",
        "A footnote: “Brass Tide”, the Lanterns demo that Ostrova originally cut the "
        "ferry scene to, never came out.",
        "“Brass Tide” by the Lanterns, which she first cut the whole chase to, "
        "is still unreleased.",
    ],
)
def test_the_song_a_scene_was_first_cut_to_is_no_song_of_the_film(sentence):
    assert titles(extract(sentence)) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Watch how the first cut on the downbeat of “Brass Tide” by the Lanterns "
        "moves us to the harbour.",
        "Ostrova originally cut the ferry chase to “Brass Tide” by the Lanterns, "
        "and the song stayed in the finished film.",
        "The montage is cut to “Brass Tide” by the Lanterns.",
    ],
)
def test_a_shot_on_its_beat_or_a_first_cut_that_stayed_is_a_track(sentence):
    assert titles(extract(sentence)) == ["Brass Tide"]
