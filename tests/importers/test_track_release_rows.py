"""A release database's tracklist rows copied into a post ("B2 – The Quill Sisters –
Lantern Weather – 3:41", "A – Brackwater – 2:58", "A3 Frost Reel (instrumental)
(4:10)") are tracks, the artist column their performers; rows with no place or no
running time, versions of another song and artist columns that name no one are not
read. Each row is our own."""

from .test_credit_surname_bands import credits
from .test_track_entries import read

OPENING = (
    "Someone asked who plays on the <i>Copper Tide</i> (1981) soundtrack, so here "
    "is its page from the release database."
)


def test_rows_with_artist_title_and_time_are_tracks():
    post = read(
        OPENING,
        "# Tracklist",
        "<ul><li>A1 – The Quill Sisters – Lantern Weather – 3:41</li>"
        "<li>A2 – Ossie Brand Featuring Mae Orr – Salt Road – 4:05</li>"
        "<li>B1 – Ossie Brand &amp; The Tallymen – Rust on the Rails – 5:12</li></ul>",
    )
    assert credits(post) == {
        "Lantern Weather": ([], ["The Quill Sisters"]),
        "Salt Road": ([], ["Ossie Brand", "Mae Orr"]),
        "Rust on the Rails": ([], ["Ossie Brand & The Tallymen"]),
    }


def test_numbered_rows_and_a_side_alone_without_artist():
    post = read(
        OPENING,
        "# Tracklist",
        "<ul><li>1 – Brackwater – 2:58</li><li>2 – Gull Hymn – 6:30</li></ul>",
        "<ul><li>A – Tinder Morning – 3:15</li><li>B – Kettle Blues – 2:47</li></ul>",
    )
    assert set(credits(post)) == {
        "Brackwater",
        "Gull Hymn",
        "Tinder Morning",
        "Kettle Blues",
    }


def test_an_instrumental_row_is_the_tune_itself():
    post = read(
        OPENING,
        "# Tracklist",
        "<ul><li>A3 Frost Reel (instrumental) (4:10)</li></ul>",
    )
    assert "Frost Reel" in credits(post)


def test_rows_without_place_or_time_versions_and_no_names_are_not_read():
    post = read(
        OPENING,
        "# What I bought",
        "<ul><li>The Quill Sisters – Lantern Weather – 3:41</li>"
        "<li>A1 – The Quill Sisters – Lantern Weather</li>"
        "<li>B2 – Various – Harbour Dust – 3:00</li>"
        "<li>B3 – the whole band – Quay Lights – 2:10</li>"
        "<li>B4 – The Quill Sisters – Lantern Weather (Reprise) – 1:20</li>"
        "<li>B5 Frost Reel (reprise) (1:40)</li></ul>",
    )
    assert credits(post) == {}


def test_a_row_is_not_the_antecedent_of_a_later_it():
    post = read(
        "I love the <i>Copper Tide</i> (1981) film and its theme, “Harbour Signal” "
        "by Ossie Brand.",
        "# Tracklist",
        "<ul><li>A1 – Ossie Brand – Harbour Signal – 3:02</li>"
        "<li>A2 – Mae Orr – Kettle Blues – 2:47</li></ul>",
        "It was written by Tova Lind on a ferry.",
    )
    assert credits(post)["Kettle Blues"] == ([], ["Mae Orr"])
