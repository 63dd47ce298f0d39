"""A film database's soundtrack list copied into a post (a "Soundtracks" heading,
then each title as a heading over its credit lines: "Written by A and B", "Performed
by C", "Written and Performed by D", "Courtesy of E Records") makes each title a
track with its writers and performers; a title heading not under such a section, or
an entry with a line of prose, makes nothing. Each line is our own."""

from .test_credit_surname_bands import credits
from .test_track_entries import read

OPENING = "<i>Copper Tide</i> (1981) has a short soundtrack list, copied below."


def test_entries_under_soundtracks_are_tracks_with_credits():
    post = read(
        OPENING,
        "# Soundtracks",
        "# Lantern Weather",
        "Written by Tova Lind and Ezra Punt<br/>Performed by The Quill Sisters<br/>"
        "Courtesy of Larkspur Records",
        "# Salt Road",
        "Written and Performed by Mae Orr",
        "# Rust on the Rails",
        "Composed by Ida Marr<br/>Performed by Ossie Brand and the Tallymen<br/>"
        "By arrangement with Fenwick Music",
    )
    assert credits(post) == {
        "Lantern Weather": (["Tova Lind", "Ezra Punt"], ["The Quill Sisters"]),
        "Salt Road": (["Mae Orr"], ["Mae Orr"]),
        "Rust on the Rails": (["Ida Marr"], ["Ossie Brand", "Tallymen"]),
    }


def test_headings_outside_the_section_or_prose_lines_make_nothing():
    post = read(
        OPENING,
        "# Our trip to the coast",
        "# Harbour Dust",
        "Written by Tova Lind<br/>Performed by Mae Orr",
        "# Soundtracks",
        "# Gull Hymn",
        "Written by Ezra Punt<br/>We sang this one all the way home.",
    )
    assert credits(post) == {}
