"""A country and a word for a peak as a position's label, with no chart named: "UK
peak: 33", "Peak in the UK: seventh", "UK: peaked at 22" are on the country's chart;
a country's label for anything else is no peak. Every sentence here is invented for
the test."""

import pytest

from .test_discourse import extract, peaks

SETUP = "The rooftop montage is scored with “Gull Weather” by the Tallow Lamps."


@pytest.mark.parametrize(
    "line, expected",
    [
        ("UK peak: 27.", ("Gull Weather", 27, "uk_singles")),
        ("Highest position in Canada: 15", ("Gull Weather", 15, "canada_rpm")),
        ("Peak in the UK: ninth", ("Gull Weather", 9, "uk_singles")),
        ("UK: peaked at 31", ("Gull Weather", 31, "uk_singles")),
        ("Australia: peaked at No. 6", ("Gull Weather", 6, "australia_kent")),
    ],
)
def test_a_peak_labelled_with_its_country(line, expected):
    assert peaks(extract(SETUP, line)) == [expected]


@pytest.mark.parametrize(
    "line",
    [
        "UK release: 14",
        "UK opening weekend: 3",
        "UK: opened at 3 at the box office",
    ],
)
def test_a_country_label_for_anything_else_is_no_peak(line):
    assert peaks(extract(SETUP, line)) == []
