"""A bulleted tracklist without quotation marks, under a heading of songs, in a post
that names the film's soundtrack album: each item a title alone or a title, a dash
and its artist. Not under a heading that says the songs are not the film's, nor in
a post with no soundtrack, nor an item that runs on as a sentence. Each sentence is
our own."""

from .test_discourse import facts
from .test_track_entries import read

OPENING = (
    "<i>Gull Point</i> (1983) is a harbour thriller, and its record is "
    "<i>Gull Point: Music from the Motion Picture</i>."
)


def performers(post):
    return {value["title"]: value["performers"] for value in facts(post, "track")}


def test_items_of_a_tracklist_without_quotation_marks():
    post = read(
        OPENING,
        "# Tracklist (side one)",
        "<ul><li>Salt Kiss — The Gulls</li><li>Harbour Wall (Reprise)</li>"
        "<li>Low Gate – Ada Moon</li></ul>",
    )
    assert performers(post) == {
        "Salt Kiss": ["The Gulls"],
        "Harbour Wall (Reprise)": [],
        "Low Gate": ["Ada Moon"],
    }
    post = read(
        "I finally found the <i>Gull Point</i> soundtrack on vinyl.",
        "# The songs on the Gull Point soundtrack",
        "<ul><li>Pier Lights — Ida Crane</li><li>Tin Roof Waltz</li></ul>",
    )
    assert performers(post) == {"Pier Lights": ["Ida Crane"], "Tin Roof Waltz": []}


def test_lists_that_are_not_the_films_songs():
    post = read(
        OPENING,
        "# Songs not in the film",
        "<ul><li>Salt Kiss — The Gulls</li><li>Low Gate — Ada Moon</li></ul>",
    )
    assert performers(post) == {}
    post = read(
        "<i>Gull Point</i> (1983) is a harbour thriller.",
        "# Tracklist of their second LP",
        "<ul><li>Salt Kiss — The Gulls</li><li>Low Gate — Ada Moon</li></ul>",
    )
    assert performers(post) == {}
    post = read(
        OPENING,
        "# Tracklist",
        "<ul><li>Salt Kiss — the dance scene, and the best of them all</li></ul>",
    )
    assert performers(post) == {}
