"""A position the record is carried to by someone else: "The band took it to
number 2", "airplay sent the single to No. 4", "the DJs pushed the record to number
9"."""

import pytest

from .test_discourse import extract, peaks

SONG = "The closing dance is set to “Lantern Street” by The Orchard Kites."


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The band took it to number 2 in the UK singles chart.",
            ("Lantern Street", 2, "uk_singles"),
        ),
        (
            "Radio airplay sent the single to No. 4 on the Hot 100.",
            ("Lantern Street", 4, "billboard_hot_100"),
        ),
        (
            "The DJs pushed the record to number 9 in the UK.",
            ("Lantern Street", 9, "uk_singles"),
        ),
    ],
)
def test_a_record_carried_to_a_position_peaked_there(sentence, expected):
    assert peaks(extract(SONG, sentence)) == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "The band took it to No. 10 Downing Street for a photo.",
        "She took it to number 5 on her list of favourite songs.",
        "They took the kids to number 4 on the ride queue.",
    ],
)
def test_carried_elsewhere_is_no_peak(sentence):
    assert peaks(extract(SONG, sentence)) == []
