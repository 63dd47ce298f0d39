"""A tracklist's row that ends on the song's running time ("Salt Kiss – Ida Crane
(3:48)", "B. Gannet Song (2:55)") is read without the time; a row whose title keeps
a version in brackets before its time is left unread, and a list under a
"Tracklisting" heading is a tracklist. Each sentence is our own."""

from .test_discourse import facts
from .test_track_entries import read

OPENING = (
    "<i>Gull Point</i> (1983) is a harbour thriller, and its record is "
    "<i>Gull Point: Music from the Motion Picture</i>."
)


def songs(post):
    return {value["title"]: value["performers"] for value in facts(post, "track")}


def test_a_running_time_after_the_artist_is_taken_off():
    post = read(
        OPENING,
        "# Tracklist",
        "<ul><li>A1 Salt Kiss – Ida Crane (3:48)</li>"
        "<li>A2 Pier Lights – The Gannets [4:02]</li></ul>",
    )
    assert songs(post) == {
        "Salt Kiss": ["Ida Crane"],
        "Pier Lights": ["The Gannets"],
    }


def test_a_running_time_after_a_title_alone_and_a_side_letter():
    post = read(
        OPENING,
        "# Track listing",
        "<ul><li>A. Tin Roof Waltz (2:55)</li><li>B. Low Gate (3:10)</li></ul>",
    )
    assert songs(post) == {"Tin Roof Waltz": [], "Low Gate": []}


def test_a_version_in_brackets_before_the_time_is_left_unread():
    post = read(
        OPENING,
        "# Tracklist",
        "<ul><li>A1 Salt Kiss – Ida Crane (3:48)</li>"
        "<li>B2 Salt Kiss (reprise) (1:12)</li></ul>",
    )
    assert songs(post) == {"Salt Kiss": ["Ida Crane"]}


def test_a_tracklisting_heading_is_a_tracklist():
    post = read(
        OPENING,
        "# Tracklisting",
        "<ul><li>A1. Salt Kiss — Ida Crane</li><li>A2. Gannet Song — Tom Reed</li></ul>",
    )
    assert songs(post) == {"Salt Kiss": ["Ida Crane"], "Gannet Song": ["Tom Reed"]}
