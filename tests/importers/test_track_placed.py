"""A song said to be put into a scene ("Also locking “X” for the dodgems bit", "we
dropped “X” over the chase scene") is a track; a title placed nowhere in the film
("we put “X” on the office stereo", "locking “X” for the wedding playlist") is not.
Each sentence is our own."""

import pytest

from .test_discourse import titles
from .test_track_entries import read

OPENING = "Notes from the edit of <i>Gull Point</i> (1983), week six."


@pytest.mark.parametrize(
    "sentence",
    [
        "Also locking “Pier Lights” for the dodgems bit.",
        "We dropped “Pier Lights” over the chase scene on Tuesday.",
        "Slotting “Pier Lights” into the ferry sequence, finally.",
    ],
)
def test_songs_put_into_scenes(sentence):
    assert titles(read(OPENING, sentence)) == ["Pier Lights"]


@pytest.mark.parametrize(
    "sentence",
    [
        "We put “Harbour Wall” on the office stereo all week.",
        "Also locking “Harbour Wall” for the wedding playlist.",
    ],
)
def test_titles_put_elsewhere(sentence):
    assert titles(read(OPENING, sentence)) == []
