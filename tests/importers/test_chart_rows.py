"""A chart table's row, or a line written like one, with a bare position: "UK
Singles Chart – 6", "Canada (RPM): 19", "Oricon singles chart – 3rd place"."""

import pytest

from wagtail_montage.importers.extraction import extract_facts
from wagtail_montage.importers.html import parse_html

from .test_discourse import extract, peaks

SONG = "The closing dance is set to “Lantern Street” by The Orchard Kites."


@pytest.mark.parametrize(
    "row, expected",
    [
        ("UK Singles Chart – 7", ("Lantern Street", 7, "uk_singles")),
        ("Canada (RPM): 14", ("Lantern Street", 14, "canada_rpm")),
        ("Billboard Hot 100 - 22nd", ("Lantern Street", 22, "billboard_hot_100")),
        ("Oricon singles chart – 4th place", ("Lantern Street", 4, "other")),
        ("Canadian Hot 100 – 9", ("Lantern Street", 9, "other")),
    ],
)
def test_a_row_of_a_chart_and_a_bare_number_is_a_peak(row, expected):
    assert peaks(extract(SONG, "Chart – Peak", row)) == [expected]


def test_a_table_of_rows_gives_one_peak_a_row():
    html = (
        "<html><head><title>Lantern Street</title></head><body><article>"
        f"<p>{SONG}</p><p>Here is how it did.</p>"
        "<table><tr><th>Chart</th><th>Peak</th></tr>"
        "<tr><td>UK Singles Chart</td><td>12</td></tr>"
        "<tr><td>Australia (Kent Music Report)</td><td>3</td></tr>"
        "<tr><td>US Billboard Hot 100</td><td>did not chart</td></tr></table>"
        "</article></body></html>"
    )
    post = parse_html(html.encode(), "test")
    extract_facts(post)
    assert sorted(peaks(post)) == [
        ("Lantern Street", 3, "australia_kent"),
        ("Lantern Street", 12, "uk_singles"),
    ]


@pytest.mark.parametrize(
    "row",
    [
        "Weeks on the UK Singles Chart – 12",
        "Hot 100 debut: 40",
        "Running time – 98",
        "UK – 5",
        "UK Singles Chart – 7 weeks",
        "It sat on the UK Singles Chart - 7",
    ],
)
def test_a_row_of_no_peak_or_no_chart_is_none(row):
    assert peaks(extract(SONG, row)) == []
