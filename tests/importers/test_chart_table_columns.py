"""A table of records and peaks read by its header: a column of charts' names beside
a column of peaks ("Song – Chart – Peak"), or a column of records beside a country's
peaks ("Record – UK peak – Certification"); a cell that is no number gives no peak,
and a row of no known record none either."""

import pytest

from .test_discourse import extract, peaks

SONGS = "The wedding scene has “Brass Kite” by Jo Tarrow and “Lowland” by Ivo Marr."

# Each table as its paragraphs (header first), and the peaks it gives.
TABLES = {
    "chart names beside peaks": (
        "Song – Chart – Peak",
        "Brass Kite – Billboard Hot 100 – 5",
        "Brass Kite – Canada (RPM) – 2",
        "Lowland – UK Singles – did not chart",
        "Lowland – Billboard Adult Contemporary – 18",
    ),
    "records beside a country's peaks": (
        "Record – UK peak – Certification",
        "Brass Kite (single) – 14 – none",
        "Lowland (single) – did not chart – none",
        "<i>Songs for the Wedding</i> (LP) – 9 – BPI silver",
    ),
    "the country after the word peak": ("Title – Peak (US)", "Lowland – 31"),
    "a record the post does not know": ("Record – UK peak", "Tin Whistle Reel – 12"),
    "a column of weeks": ("Song – Chart – Weeks", "Brass Kite – UK Singles – 7"),
}
PEAKS = {
    "chart names beside peaks": [
        ("Brass Kite", 5, "billboard_hot_100"),
        ("Brass Kite", 2, "canada_rpm"),
        ("Lowland", 18, "billboard_adult_contemporary"),
    ],
    "records beside a country's peaks": [
        ("Brass Kite", 14, "uk_singles"),
        ("Songs for the Wedding", 9, "uk_albums"),
    ],
    "the country after the word peak": [("Lowland", 31, "billboard_hot_100")],
    "a record the post does not know": [],
    "a column of weeks": [],
}


@pytest.mark.parametrize("table", list(TABLES))
def test_a_table_is_read_by_its_headers_columns(table):
    assert peaks(extract(SONGS, *TABLES[table])) == PEAKS[table]
