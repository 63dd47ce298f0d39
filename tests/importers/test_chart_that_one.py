""" "That one" or "this one" as a chart fact's subject: the record named just
before."""

import pytest

from .test_discourse import extract, peaks

SONGS = (
    "The opening titles use “Copper Kettle” by The Tinsmiths, and the chase uses "
    "“Low Gear” by Ada Morrow."
)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "That one got to number 14 on the Hot 100.",
            ("Low Gear", 14, "billboard_hot_100"),
        ),
        (
            "In the real charts this one climbed to No. 9 in the UK.",
            ("Low Gear", 9, "uk_singles"),
        ),
        (
            "Better still, that one peaked at No. 3 on the UK Singles Chart.",
            ("Low Gear", 3, "uk_singles"),
        ),
    ],
)
def test_that_one_is_the_record_named_last(sentence, expected):
    assert peaks(extract(SONGS, sentence)) == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "That one of their rivals reached No. 4 on the Hot 100 still stings.",
        "This one-off single by another band reached No. 4 on the Hot 100.",
    ],
)
def test_that_one_of_others_is_not_the_record(sentence):
    assert ("Low Gear", 4, "billboard_hot_100") not in peaks(extract(SONGS, sentence))
