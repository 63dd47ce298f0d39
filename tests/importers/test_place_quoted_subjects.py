"""A story's name in quotes or italics inside the subject of "is the X" in a sentence
about filming ("the ‘Redline’ plant itself is the X") leaves the subject a place's, so
X is found; a quoted song or a person in the subject still names no place. Every
sentence here is invented for the test."""

import pytest

from .test_place_rules import extract, locations


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The town scenes were filmed in Govan; and the ‘Harland’ plant itself is "
            "the Elder Foundry at Linthouse, long cold by 1980, which plays the "
            "fictional Harland works.",
            [("Govan", ""), ("Elder Foundry", "the fictional Harland works")],
        ),
        (
            "The film was shot around Hull, and the “Grimsby” dock is the Albert Dock, "
            "dressed with nets.",
            [("Hull", ""), ("Albert Dock", "")],
        ),
        (
            "They filmed in Bristol, and the <i>Seaview</i> hotel is the Grand Spa "
            "at Clifton.",
            [("Bristol", ""), ("Grand Spa", "")],
        ),
    ],
)
def test_a_quoted_story_name_in_the_subject_keeps_it_a_place(sentence, expected):
    assert locations(extract(sentence)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A song in quotes: the subject is the song, no place.
        (
            "The film was shot in Hull, and the song “Tide Mill” is Ivy Marsh at "
            "her best.",
            [("Hull", "")],
        ),
        # Not about filming at all.
        ("The ‘Harbour’ sign is the Ferry Tavern's, I think.", []),
    ],
)
def test_a_quoted_work_or_no_filming_names_no_place(sentence, expected):
    assert locations(extract(sentence)) == expected
