"""A record's side and place before a title in a tracklist without quotation marks
("A1 Salt Kiss", "B4. Harbour Wall (Reprise)", "3. Low Gate") is taken off the
title; a number that is the title's own first word ("99 Red Kites") or an item that
is no title ("A2 fold-out poster") keeps its words. Each sentence is our own."""

from .test_discourse import facts
from .test_track_entries import read

OPENING = (
    "<i>Gull Point</i> (1983) is a harbour thriller, and its record is "
    "<i>Gull Point: Music from the Motion Picture</i>."
)


def titles(post):
    return sorted(value["title"] for value in facts(post, "track"))


def test_a_side_and_place_before_a_title_is_taken_off():
    post = read(
        OPENING,
        "# Tracklist highlights",
        "<ul><li>A1 Salt Kiss</li><li>A4 Tin Roof Waltz</li>"
        "<li>B2. Harbour Wall (Reprise)</li><li>C3 – Low Gate</li></ul>",
    )
    assert titles(post) == [
        "Harbour Wall (Reprise)",
        "Low Gate",
        "Salt Kiss",
        "Tin Roof Waltz",
    ]


def test_a_place_alone_and_an_artist_after_the_title():
    post = read(
        OPENING,
        "# The songs",
        "<ul><li>3. Pier Lights — Ida Crane</li><li>12) Gannet Song</li></ul>",
    )
    performers = {value["title"]: value["performers"] for value in facts(post, "track")}
    assert performers == {"Pier Lights": ["Ida Crane"], "Gannet Song": []}


def test_a_number_of_the_title_itself_stays():
    post = read(
        OPENING,
        "# Tracklist",
        "<ul><li>99 Red Kites</li><li>Salt Kiss</li></ul>",
    )
    assert titles(post) == ["99 Red Kites", "Salt Kiss"]


def test_a_box_list_with_a_paper_size_is_no_tracklist():
    post = read(
        OPENING,
        "# What's in the box",
        "<ul><li>A2 fold-out poster of the artwork</li><li>Download card</li></ul>",
    )
    assert titles(post) == []
