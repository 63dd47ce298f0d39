"""Credits in a song's fact sheet (credit_sheet_labels): "Written by:", "Writers:",
"Music:" give the writers, "Artist:", "Band:", "Vocal:" the performers, but only on
the line right after one of the song's own ("Song: X", "Title: “X”", "Performed by:
A" or another sheet label). After a film's lines ("Directed by:", "Film: X") or a
sentence of prose they give nothing. Every wording here is invented for the test."""

import pytest

from .test_credit_rules import tracks
from .test_discourse import extract

INTRO = "The lighthouse montage is cut to “Quince Harbour”."
TITLE = "Quince Harbour"


def credits(*lines):
    """``(composers, performers)`` of the song after the intro and ``lines``."""
    return tracks(extract(INTRO, *lines)).get(TITLE, ([], []))


@pytest.mark.parametrize(
    ("lines", "writers"),
    [
        (
            ("Song: Quince Harbour", "Written by: Odile Fenn and Rafe Mallory"),
            ["Odile Fenn", "Rafe Mallory"],
        ),
        (
            ("Title: “Quince Harbour”", "Writers: Odile Fenn, Rafe Mallory"),
            ["Odile Fenn", "Rafe Mallory"],
        ),
        (
            (
                "Track: Quince Harbour",
                "Written by: Odile Fenn, on a napkin (so he says)",
            ),
            ["Odile Fenn"],
        ),
        (
            ("Performed by: The Gannet Choir", "Writer: Rafe Mallory"),
            ["Rafe Mallory"],
        ),
        (
            (
                "Song: Quince Harbour",
                "Singers: Ivy Tull, Bram Osei",
                "Music: Odile Fenn",
            ),
            ["Odile Fenn"],
        ),
    ],
)
def test_a_writer_label_after_a_line_of_the_song(lines, writers):
    assert credits(*lines)[0] == writers


@pytest.mark.parametrize(
    ("lines", "performers"),
    [
        (("Song: Quince Harbour", "Artist: The Gannet Choir"), ["The Gannet Choir"]),
        (("Title: Quince Harbour", "Band: The Salt Lamps"), ["The Salt Lamps"]),
        (
            ("Words and music: Odile Fenn", "Vocal: Ivy Tull, a choir soprano"),
            ["Ivy Tull"],
        ),
    ],
)
def test_a_performer_label_after_a_line_of_the_song(lines, performers):
    assert credits(*lines)[1] == performers


def test_a_sheet_goes_on_from_line_to_line():
    found = credits(
        "Song: Quince Harbour",
        "Artist: The Salt Lamps",
        "Writers: Odile Fenn, Rafe Mallory",
    )
    assert found == (["Odile Fenn", "Rafe Mallory"], ["The Salt Lamps"])


def test_labels_inside_one_paragraph():
    found = credits(
        "Music: “Quince Harbour”, The Salt Lamps. Writers: Ivy Tull, Bram Osei."
    )
    assert found[0] == ["Ivy Tull", "Bram Osei"]


@pytest.mark.parametrize(
    "lines",
    [
        # a film's credits box: its script and its score
        ("Directed by: Hal Brodie", "Written by: Odile Fenn"),
        ("Directed by: Hal Brodie", "Written by: Odile Fenn", "Music: Rafe Mallory"),
        ("Film: Quince Harbour", "Written by: Odile Fenn"),
        ("Starring: Ivy Tull", "Writers: Odile Fenn, Rafe Mallory"),
        # a line of prose before the label
        ("It still sounds fresh to me.", "Written by: Odile Fenn"),
        # a title that is not the song's
        ("Title: The Long Grey Coast", "Writer: Odile Fenn"),
    ],
)
def test_no_writer_outside_a_song_sheet(lines):
    assert credits(*lines)[0] == []


@pytest.mark.parametrize(
    "lines",
    [
        ("Directed by: Hal Brodie", "Artist: Odile Fenn"),
        ("Poster: Quince Harbour", "Artist: Odile Fenn"),
        ("Film: Quince Harbour", "Band: The Salt Lamps"),
    ],
)
def test_no_performer_outside_a_song_sheet(lines):
    assert credits(*lines)[1] == []


def test_names_then_more_prose_give_nothing():
    found = credits(
        "Song: Quince Harbour", "Written by: Odile Fenn who never wrote again"
    )
    assert found[0] == []
