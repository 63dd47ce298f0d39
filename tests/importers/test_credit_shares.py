"""A writing credit shared by its subject: "A and B share the writing credit", "the
duo of A and B, and the two of them split the writing credit". Every sentence here
is invented for the test."""

import pytest

from .test_credit_rules import tracks
from .test_discourse import extract

INTRO = "The barn dance is set to “Hay Moon” by the Fenns."


@pytest.mark.parametrize(
    "sentence, composers",
    [
        ("Ida Fenn and Cora Fenn share the writing credit.", ["Ida Fenn", "Cora Fenn"]),
        (
            "Both sisters, Ida Fenn and Cora Fenn, shared the songwriting credit.",
            ["Ida Fenn", "Cora Fenn"],
        ),
        (
            "Their singers are the duo of Ida Fenn and Cora Fenn, and the two of them "
            "split the writing credit.",
            ["Ida Fenn", "Cora Fenn"],
        ),
        (
            "Their line-up was Ida Fenn, Cora Fenn and Ned Orr, and the two of them "
            "share the writing credit.",
            [],
        ),
        ("We share the writing credit on nothing.", []),
    ],
)
def test_the_people_who_share_a_writing_credit(sentence, composers):
    assert tracks(extract(INTRO + " " + sentence)) == {
        "Hay Moon": (composers, ["Fenns"])
    }


def test_a_shared_writing_credit_far_from_the_song_may_be_the_films():
    post = extract(
        INTRO, "The plot is thin.", "Ida Fenn and Ned Orr share the writing credit."
    )
    assert tracks(post) == {"Hay Moon": ([], ["Fenns"])}


def test_the_track_said_in_the_sentence_is_the_song_named_before():
    post = extract(
        INTRO,
        "The track is from their first album, and Ida Fenn and Ned Orr share the "
        "writing credit.",
    )
    assert tracks(post) == {"Hay Moon": (["Ida Fenn", "Ned Orr"], ["Fenns"])}
