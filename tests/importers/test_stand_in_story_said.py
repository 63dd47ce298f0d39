"""What a place plays is the story's place when the post said so before, in any
words: "The film says Y", "the subtitles tell you it is Y", "Y is meant to be ...".
Every sentence here is invented for the test."""

import pytest

from .test_place_rules import extract, locations


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        (
            (
                "The subtitles tell you it is Vienna. It isn't.",
                "You are on the Harwick Bridge in Kent, which is playing Vienna.",
            ),
            [("Harwick Bridge", "Vienna")],
        ),
        (
            ("The film says Seattle, and you believe it.", "Gorran plays Seattle."),
            [("Gorran", "Seattle")],
        ),
        (
            ("The desert is meant to be Arizona.", "Tallow Flats plays Arizona."),
            [("Tallow Flats", "Arizona")],
        ),
    ],
)
def test_the_story_place_said_before_makes_a_stand_in(paragraphs, expected):
    assert locations(extract(*paragraphs)) == expected


# Traps: a band meant to be from a town, a singer said to play a town on tour.
@pytest.mark.parametrize(
    "paragraphs",
    [
        ("The band is meant to be from Memphis.", "They played Memphis twice."),
        ("The film says nothing of Ohio.", "Ann Dove played Dayton on her tour."),
    ],
)
def test_no_stand_in_from_a_band_or_a_gig(paragraphs):
    assert locations(extract(*paragraphs)) == []
