"""Bare numbers listed after a lead naming a count of weeks are weeks on the chart,
not peaks; a number written as a position is still a peak."""

import pytest

from .test_discourse import extract, peaks

SONG = "The closing dance is set to “Lantern Street” by The Orchard Kites."


@pytest.mark.parametrize(
    "sentence",
    [
        "Compare the week counts: twenty-two in the US, seventeen in Canada.",
        "Weeks on the chart: 14 in Britain, 9 in Canada.",
        "It lasted a while, weeks charted - 12 in the UK and 6 in Australia.",
    ],
)
def test_numbers_after_a_weeks_lead_are_no_peaks(sentence):
    assert peaks(extract(SONG, sentence)) == []


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "It spent nine weeks on the chart: No. 3 in the UK was its best.",
            ("Lantern Street", 3, "uk_singles"),
        ),
        (
            "It peaked at No. 4 in the UK and stayed eleven weeks.",
            ("Lantern Street", 4, "uk_singles"),
        ),
    ],
)
def test_a_position_written_as_one_is_still_a_peak(sentence, expected):
    assert peaks(extract(SONG, sentence)) == [expected]
