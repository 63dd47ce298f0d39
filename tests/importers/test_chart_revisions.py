"""A position the post says an earlier version of itself gave ("An earlier version of
this post said it peaked at No. 5") is a retracted claim, not a fact; a position the
post states itself is kept."""

import pytest

from .test_discourse import extract, peaks

SONG = "The closing dance is set to “Lantern Street” by The Orchard Kites."


@pytest.mark.parametrize(
    "sentence",
    [
        "An earlier version of this post said it peaked at number five in Britain.",
        "This page originally stated that it reached No. 5 in the UK.",
        "I had written that it got to No. 5 in Britain; a reader corrected me.",
        "Your review said that it climbed to No. 5 in the UK. Not so, I'm afraid.",
        "Your writer claims it reached number five in Britain, which is a myth.",
    ],
)
def test_what_an_earlier_version_said_is_no_peak(sentence):
    assert peaks(extract(SONG, sentence)) == []


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Our original post got it right: it reached No. 5 in the UK.",
            ("Lantern Street", 5, "uk_singles"),
        ),
        (
            "The earlier version of the song reached No. 9 in the UK.",
            ("Lantern Street", 9, "uk_singles"),
        ),
    ],
)
def test_a_position_stated_by_the_post_is_kept(sentence, expected):
    assert peaks(extract(SONG, sentence)) == [expected]
