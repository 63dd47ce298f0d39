"""A title named by a part of a song ("the last chorus of “X”", "the opening bars of
“X”"), by a sequence running over it ("the montage runs over “X”") or as a score's
first cue ("its opening cue, “X”") is a track; "the first chapter of “X”" or "runs
over budget" is not. Each sentence is our own."""

import pytest

from wagtail_montage.importers.extraction.track_song_parts import song_part_before

from .test_discourse import titles
from .test_track_entries import read

OPENING = "The pier montage in <i>Gull Point</i> (1983) is the best thing in it."


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The montage opens on the last chorus of “Low Gate”, left over.",
            ["Low Gate"],
        ),
        ("That montage, all sheds and hills, runs over “Salt Kiss”.", ["Salt Kiss"]),
        (
            "Ida Crane scored it; its opening cue, “Pier Lights,” is sampled.",
            ["Pier Lights"],
        ),
        (
            "Race after race, all set to a piece called “Tin Roof (Corsa)”.",
            ["Tin Roof (Corsa)"],
        ),
        (
            "Ida Crane sang the end-title song too, “Harbour Wall”, in one take.",
            ["Harbour Wall"],
        ),
        ("I read the first chapter of “Low Gate” on the train home.", []),
        ("She liked the hotel as well, “Low Gate”, by the pier.", []),
        ("Her diary is set in a house called “Salt Kiss” by the sea.", []),
        ("The shoot runs over budget, and “Salt Kiss” is the book it adapts.", []),
    ],
)
def test_songs_named_by_their_parts(sentence, expected):
    assert titles(read(OPENING, sentence)) == expected


def test_the_words_before_the_title():
    assert song_part_before("The scene opens on the opening bars of \u201c")
    assert not song_part_before("the first chapter of \u201c")
