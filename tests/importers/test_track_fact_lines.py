"""A song given as a fact sheet's line, its quoted title, a comma and its artist
and nothing else, after a label that says it is the music ("Music: “X”, A.") or
right under a "Song" heading, is a track performed by that artist; not a line with
more than a name after the comma, nor one under a heading about something else.
Each sentence is our own."""

from .test_discourse import titles
from .test_track_entries import performers, read

OPENING = "<i>Gull Point</i> (1983). Dir. Ben Hale. Two stars."


def test_labelled_song_lines():
    post = read(OPENING, "Music: “Tin Roof Blues”, Ada Moon. Writers: Jo Vance.")
    assert performers(post) == {"Tin Roof Blues": ["Ada Moon"]}
    post = read(OPENING, "Song – “Pier Lights”, The Terns.")
    assert performers(post) == {"Pier Lights": ["The Terns"]}


def test_a_line_under_a_song_heading():
    post = read(OPENING, "# Song", "“Salt on the Window”, Nova Relay. UK peak: 12.")
    assert performers(post) == {"Salt on the Window": ["Nova Relay"]}


def test_more_than_a_name_or_another_heading():
    post = read(OPENING, "Music: “Tin Roof Blues”, a waltz nobody remembers.")
    assert titles(post) == []
    post = read(OPENING, "# Where we ate", "“Harbour Wall”, Ada Moon. Great chips.")
    assert titles(post) == []
