"""A piece the writer says is their own, in brackets after its title ("“X” (mine,
never charted)", "“X” (my own, for the rink)"), is the writer's music, no track
of the film; a bracket that credits someone else, or says nothing of the
writer, leaves the song a track. Each sentence is our own."""

import pytest

from .test_discourse import titles
from .test_track_entries import read

OPENING = (
    "What I play on the organ at home games since <i>Gull Point</i> (1983) came out:"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Pitching change: “Harbour Wall” (mine, never charted, never will).",
        "Seventh inning: “Harbour Wall” (my own, written for the rink) by Ben Hale.",
    ],
)
def test_the_writers_own_pieces(sentence):
    assert "Harbour Wall" not in titles(read(OPENING, sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "The film's montage is set to “Pier Lights” (written by Ada Moon).",
        "The film's montage is set to “Pier Lights” (minus the intro) by Ada Moon.",
    ],
)
def test_other_brackets_leave_the_song(sentence):
    assert "Pier Lights" in titles(read(OPENING, sentence))
