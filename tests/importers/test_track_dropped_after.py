"""A song said, by a verb joined to its own clause, to have been dropped in the edit
is no song of the film; a dropping verb with a subject of its own, a chart's fall or
a cut to another shot leaves it a track."""

import pytest

from .test_discourse import extract, titles


@pytest.mark.parametrize(
    "sentence",
    [
        "A fourth song, “Copper Kettle Moon”, was recorded for the dance but dropped "
        "at the editing table.",
        "“Copper Kettle Moon” by Ines Varro was written for the montage and then "
        "scrapped.",
        "“Copper Kettle Moon”, sung by Ines Varro, was shot with the scene and cut "
        "before release.",
        "The song “Copper Kettle Moon” by Ines Varro was cut during editing.",
    ],
)
def test_a_song_dropped_in_the_edit_is_no_song_of_the_film(sentence):
    assert titles(extract(sentence)) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The dance is set to “Copper Kettle Moon” by Ines Varro, but the second "
        "verse was dropped.",
        "“Copper Kettle Moon” by Ines Varro plays over the dance and dropped out of "
        "the chart a week later.",
        "The montage is set to “Copper Kettle Moon” by Ines Varro and cut to the "
        "harbour on every chorus.",
    ],
)
def test_a_dropping_verb_of_something_else_leaves_the_track(sentence):
    assert titles(extract(sentence)) == ["Copper Kettle Moon"]
