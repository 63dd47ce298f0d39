"""A chart table with more columns than the chart and its peak: the header says which
cell is the position ("Chart – Peak – Weeks on"); without one, a row with two numbers
gives no peak."""

import pytest

from wagtail_montage.importers.extraction import extract_facts
from wagtail_montage.importers.types import ParsedPost

from .test_discourse import peaks

SONG = "The closing dance is set to “Lantern Street” by The Orchard Kites."


def table(*rows):
    post = ParsedPost(
        source="test",
        key="test",
        title="A post",
        body=[("paragraph", f"<p>{SONG}</p>")]
        + [("paragraph", "<p>" + " \u2013 ".join(row) + "</p>") for row in rows],
    )
    extract_facts(post)
    return sorted(peaks(post))


@pytest.mark.parametrize(
    "header, row, expected",
    [
        (("Chart", "Peak", "Weeks on"), ("UK Singles Chart", "7", "11"), 7),
        (("Weeks", "Chart", "Peak position"), ("9", "UK Singles Chart", "#14"), 14),
        (("Chart", "Year", "Highest"), ("UK Singles Chart", "1983", "No. 3"), 3),
    ],
)
def test_the_peak_is_the_cell_under_its_header(header, row, expected):
    assert table(header, row) == [("Lantern Street", expected, "uk_singles")]


def test_a_row_never_charted_under_its_header_gives_nothing():
    rows = (("Chart", "Peak", "Weeks"), ("UK Singles Chart", "did not chart", "0"))
    assert table(*rows) == []


def test_a_row_of_two_numbers_with_no_header_is_no_peak():
    assert table(("UK Singles Chart", "7", "11")) == []


def test_a_header_with_no_peak_column_reads_no_column():
    rows = (("Chart", "Weeks on", "Year"), ("UK Singles Chart", "11", "1983"))
    assert table(*rows) == []
