"""A song named across a long aside ("The second song, once the fire's lit and
everyone goes quiet, is “X”"): the aside may run to a clause, not just a few
words; another record's song is still not the film's."""

import pytest

from .test_discourse import extract, titles

FIRST = "The song over the opening is “Kerosene Lamp”, by Ida Quell."


@pytest.mark.parametrize(
    "sentence",
    [
        "The second song, once the tide turns and the boats come in, is “Salt Box”.",
        "The closing number, after the wedding party finally leaves the hall, was"
        " “Salt Box”.",
        "The big ballad, the one everybody's aunt hums in the car park, is “Salt Box”.",
    ],
)
def test_a_song_named_across_a_long_aside_is_a_track(sentence):
    assert titles(extract(FIRST, sentence)) == ["Kerosene Lamp", "Salt Box"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The band's other single, released the summer after the film came out, is"
        " “Salt Box”.",
        "Her bonus track, tacked onto the reissue for no good reason at all, is"
        " “Salt Box”.",
    ],
)
def test_another_records_song_across_an_aside_is_no_track(sentence):
    assert titles(extract(FIRST, sentence)) == ["Kerosene Lamp"]
