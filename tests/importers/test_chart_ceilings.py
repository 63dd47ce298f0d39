"""A peak written as a ceiling the record never passed ("never got higher than No.
31", "crawled no higher than 41", "without ever getting higher than 48"), and a
ceiling passed, which is no peak."""

import pytest

from .test_discourse import extract, peaks

SONG = "The closing dance is set to “Lantern Street” by The Orchard Kites."
TITLE = "Lantern Street"


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("It never got higher than No. 31 on the UK Singles Chart.", 31),
        ("It crawled no higher than 41 on the UK Singles Chart, sadly.", 41),
        ("In Britain it didn't climb higher than number 17 on the singles chart.", 17),
        ("It got no further than 19 on the UK Singles Chart.", 19),
        (
            "The single never charted higher than twenty-two on the UK Singles Chart.",
            22,
        ),
    ],
)
def test_a_ceiling_denied_is_the_peak(sentence, expected):
    assert peaks(extract(SONG, sentence)) == [(TITLE, expected, "uk_singles")]


@pytest.mark.parametrize(
    "sentence",
    [
        "It climbed higher than No. 5 on the UK Singles Chart that spring.",
        "It sold more than 40 in the UK in its first week.",
    ],
)
def test_a_ceiling_passed_or_a_count_is_no_peak(sentence):
    assert peaks(extract(SONG, sentence)) == []


def test_a_record_that_crawled_up_a_chart_has_its_peak():
    post = extract(SONG, "The single crawled all the way to No. 34 on the Hot 100.")
    assert peaks(post) == [(TITLE, 34, "billboard_hot_100")]
