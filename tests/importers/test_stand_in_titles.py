"""The film's own title in italics before "was shot in X" is the work, not a place of
its story that X played ("<i>Gull Harbour</i> was shot in Fowey" in a post about
Gull Harbour); a quoted story place the post's title does not name still is. Every
sentence here is invented for the test."""

import pytest

from .test_place_rules import extract, locations


@pytest.mark.parametrize(
    ("title", "sentence", "expected"),
    [
        (
            "Record: Gull Harbour - the music",
            "<i>Gull Harbour</i> was shot in Fowey, with the quay at Polruan.",
            [("Fowey", ""), ("Polruan", "")],
        ),
        (
            "Gull Harbour (1971): the soundtrack",
            "<i>Gull Harbour</i> was filmed in Fowey, which plays a Breton port.",
            [("Fowey", "a Breton port")],
        ),
        (
            "Reissue of the month: Salt Creek",
            "<i>Salt Creek</i> was shot at Marloes, in one wet spring.",
            [("Marloes", "")],
        ),
    ],
)
def test_the_films_title_is_no_story_place(title, sentence, expected):
    assert locations(extract(sentence, title=title)) == expected


@pytest.mark.parametrize(
    ("title", "sentence", "expected"),
    [
        (
            "Notes on a racing film",
            "The “Spa” sections were filmed at Brands Hatch.",
            [("Brands Hatch", "Spa")],
        ),
        # The post's title has the name inside a longer run: still a story place.
        (
            "Why Little Wapping Lanes looks so wet",
            "The “Wapping” wharves were shot at Gravesend.",
            [("Gravesend", "Wapping")],
        ),
    ],
)
def test_a_quoted_story_place_still_played(title, sentence, expected):
    assert locations(extract(sentence, title=title)) == expected
