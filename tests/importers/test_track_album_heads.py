"""An album's short title (the words before its colon or bracket) taken for a
song by a chart or certification reader is that album: no track block, and its
chart facts are the album's. A credited song named like its album stays a song.
Each sentence is our own."""

from .test_track_entries import facts, read
from .test_track_title_tails import titles

OPENING = (
    "The ferry montage in <i>Slack Water</i> (1990) is set to “Rope and Rail”, "
    "written by Ida Marsh."
)


def subjects(post):
    return {(v["subject_title"], v["subject_kind"]) for v in facts(post, "chart_fact")}


def test_the_albums_head_is_the_album():
    for album, later in (
        ("“Lamplight: Songs from Slack Water”", "“Lamplight” itself went gold (RIAA)."),
        ("“Lamplight (Deluxe Edition)”", "“Lamplight” was certified gold by the RIAA."),
        (
            "“Lamplight: Music from the Film”",
            "In 1992 “Lamplight” went gold with the RIAA.",
        ),
    ):
        post = read(OPENING, f"The soundtrack album, {album}, came out in 1990.", later)
        assert "Lamplight" not in titles(post), later
        assert all(kind == "album" for title, kind in subjects(post)), later


def test_a_credited_song_named_like_its_album_stays_a_song():
    post = read(
        OPENING,
        "The soundtrack album, “Lamplight: Songs from Slack Water”, came out in 1990.",
        "Its title song “Lamplight”, sung by Bea Oduya, reached No. 9 on the Hot 100.",
    )
    assert "Lamplight" in titles(post)
