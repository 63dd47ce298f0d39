"""A title after "whose cue" (the composer's, named before) in a sentence that says
where it is heard is a track ("scored by A, whose cue “X” takes over under the last
shot"); "whose" before another noun, or with no word of hearing, is not. Each
sentence is our own."""

from .test_discourse import titles
from .test_track_entries import read

OPENING = "<i>Gull Point</i> (1983) is the film, and its best scene is the pier."


def test_cues_after_whose():
    post = read(
        OPENING,
        "It is scored by Ida Crane, whose cue “Low Gate” takes over under the last shot.",
    )
    assert titles(post) == ["Low Gate"]
    post = read(
        OPENING,
        "Tom Reed wrote the score, whose little waltz “Salt Kiss” plays over the dance.",
    )
    assert titles(post) == ["Salt Kiss"]
    post = read(
        OPENING,
        "The score is Ada Moon's, whose cue “Pier Lights” comes in during the chase.",
    )
    assert titles(post) == ["Pier Lights"]


def test_not_cues_after_whose():
    post = read(
        OPENING, "It was directed by Ida Crane, whose novel “Low Gate” it adapts."
    )
    assert titles(post) == []
    post = read(OPENING, "Ida Crane, whose cue “Low Gate” I love, lives in Leeds.")
    assert titles(post) == []
