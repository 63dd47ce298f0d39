"""The post's one song taken up again in a new paragraph, after another title named
in an earlier one: "The single did better ...", or the first lines under a heading
about the song."""

import pytest

from wagtail_montage.importers.extraction import extract_facts
from wagtail_montage.importers.types import ParsedPost

from .test_discourse import certifications, extract, peaks

SONG = "The chase is cut to “Copper Kettle Rain” by The Larkspurs."
OTHER = (
    "Their slow number “Parlour Lamps” was cut from the film before release. It "
    "only ever came out on a tour cassette."
)


def test_the_single_in_a_new_paragraph_is_the_posts_song():
    post = extract(
        SONG,
        OTHER,
        "The single did far better than the band expected. It got to number "
        "eleven on the British chart, and the BPI gave it a silver disc.",
    )
    assert peaks(post) == [("Copper Kettle Rain", 11, "uk_singles")]
    assert certifications(post) == [("Copper Kettle Rain", "silver", None, "bpi")]


def test_the_tune_later_in_a_new_paragraph():
    post = extract(
        SONG,
        OTHER,
        "Radio was slow to notice. The tune, though, climbed to No. 9 on the Hot 100.",
    )
    assert peaks(post) == [("Copper Kettle Rain", 9, "billboard_hot_100")]


def test_it_under_a_heading_about_the_song():
    post = ParsedPost(
        source="test",
        key="test",
        title="A post",
        body=[
            ("paragraph", f"<p>{SONG}</p>"),
            ("paragraph", f"<p>{OTHER}</p>"),
            ("heading", {"level": 2, "text": "How the song did"}),
            (
                "paragraph",
                "<p>It peaked at No. 4 in Australia on the Kent Music "
                "Report, which nobody in the band saw coming.</p>",
            ),
        ],
    )
    extract_facts(post)
    assert peaks(post) == [("Copper Kettle Rain", 4, "australia_kent")]


def test_the_single_right_after_another_title_in_its_paragraph_is_not_taken():
    post = extract(
        SONG,
        "Their next release, “Parlour Lamps”, was not in the film at all. "
        "The single reached No. 30 on the Hot 100.",
    )
    assert peaks(post) == []


def test_not_with_two_songs_of_the_post():
    post = extract(
        SONG,
        "The end credits roll over “Tin Roof Psalm” by Mae Orchard.",
        OTHER,
        "The single got to No. 14 on the Hot 100.",
    )
    assert peaks(post) == []


def test_not_right_after_another_title_in_the_paragraph_before():
    post = extract(
        SONG,
        "Their earlier single “Parlour Lamps” sold well in the north.",
        "The song went to No. 6 on the Hot 100.",
    )
    assert peaks(post) == []


def test_not_another_single():
    post = extract(SONG, OTHER, "Their next single got to No. 14 on the Hot 100.")
    assert peaks(post) == []


@pytest.mark.parametrize(
    "opening",
    [
        "It sat at No. 7 on the Hot 100 for most of that autumn.",
        "Commercially, it did fine: No. 7 on the Hot 100.",
        "Against the odds it climbed to No. 7 on the Hot 100.",
    ],
)
def test_it_opening_a_new_paragraph_is_the_posts_song(opening):
    other = (
        "Their slow number “Parlour Lamps” was cut from the film before release. "
        "The director never looked back."
    )
    post = extract(SONG, other, opening)
    assert peaks(post) == [("Copper Kettle Rain", 7, "billboard_hot_100")]


def test_it_right_after_it_meant_the_other_title_is_not_taken():
    post = extract(SONG, OTHER, "It sat at No. 7 on the Hot 100 for a month.")
    assert peaks(post) == []


def test_it_later_in_the_other_titles_paragraph_is_not_taken():
    post = extract(
        SONG,
        "Their slow number “Parlour Lamps” was cut from the film. The band kept "
        "playing it live. It reached No. 30 on the Hot 100 a year later.",
    )
    assert peaks(post) == []
