"""A track whose title is the words after the comma or the possessive of another
title of the post ("Nora Quill" of "Wake Up, Nora Quill") is that title, with its
chart facts; a word cut from the middle or the front of a title is not its tail.
Each sentence is our own."""

from wagtail_montage.importers.extraction.track_title_tails import tail_title

from .test_track_entries import facts, read

OPENING = (
    "The boxing montage in <i>Corner Men</i> (1984) is set to “Wake Up, Nora Quill”, "
    "written by Ivo Brand."
)


def titles(post):
    return [value["title"] for value in facts(post, "track")]


def test_the_name_after_the_comma_is_the_full_title():
    post = read(
        OPENING,
        "For a song with “Nora Quill” in the title, it went to No. 7 on the Kent "
        "Music Report.",
    )
    assert titles(post) == ["Wake Up, Nora Quill"]
    assert {value["subject_title"] for value in facts(post, "chart_fact")} == {
        "Wake Up, Nora Quill"
    }


def test_tails_after_a_comma_or_a_possessive():
    keys = {"wake up, nora quill", "the drover's lament", "the sisters' reel"}
    assert tail_title("nora quill", keys) == "wake up, nora quill"
    assert tail_title("lament", keys) == "the drover's lament"
    assert tail_title("reel", keys) == "the sisters' reel"


def test_no_tail_from_the_middle_or_the_front():
    keys = {"lament for nora", "wake up, nora quill", "slow waltz", "last waltz"}
    assert tail_title("lament", keys) is None
    assert tail_title("wake up", keys) is None
    assert tail_title("waltz", keys) is None  # no comma, no possessive
    assert tail_title("quill", keys) is None  # a word of the name, not all of it
