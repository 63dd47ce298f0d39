"""A country or its people taking a record to a position ("British record buyers
took it to number 6", "the English, who rarely bother, took it to 41") gives the
peak on that country's chart; a person, a place or a denial gives none."""

import pytest

from .test_chart_foreign import SONG, peaks
from .test_discourse import extract


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "British record buyers took it to number 6 that autumn.",
            ("Lantern Street", 6, "uk_singles"),
        ),
        (
            "It flopped at home, but the English, who rarely bother, took it to 41.",
            ("Lantern Street", 41, "uk_singles"),
        ),
        (
            "Canadian radio took the single all the way to No. 3.",
            ("Lantern Street", 3, "canada_rpm"),
        ),
        (
            "Radio ignored it; German teenagers pushed it to 12, even so.",
            ("Lantern Street", 12, "germany_media_control"),
        ),
    ],
)
def test_a_country_taking_a_record_to_a_position(sentence, expected):
    assert expected in peaks(extract(SONG, sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        # a person, a count
        "Her manager took it to 40 stations in a week.",
        "British radio took it to 12 plays a day.",
        # a place, not a position
        "The band took it to Britain in 1979.",
        # a denial
        "Britain never took it to number 3.",
    ],
)
def test_no_peak_for_a_person_a_place_or_a_denial(sentence):
    found = [p for p in peaks(extract(SONG, sentence)) if p[1] in (3, 12, 40)]
    assert found == []
