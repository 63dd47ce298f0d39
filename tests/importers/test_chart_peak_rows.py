"""A chart row whose value says which number is the peak ("Topplistan (Sweden):
entered at 14, peak no. 2, 11 weeks", "UK Singles Chart: peak 38, only three
weeks") gives that peak on the label's chart, a one-word chart's own name too; its
entry and its weeks are no peaks, and a label that names no chart gives nothing."""

from .test_chart_foreign import peaks
from .test_discourse import extract

SONG = "The ferry montage is set to “Harbour Lamps” by The Quayside Four."
ROWS = (
    "<ul><li>Hitlistan (Sweden): entered at 14, peak no. 2, 11 weeks</li>"
    "<li>UK Singles Chart: peak 38, only three weeks</li>"
    "<li>Media Control (West Germany) — highest position 11</li>"
    "<li>Kent Music Report (Australia): peaked at number 52</li></ul>"
)


def test_each_rows_peak_is_on_its_chart():
    found = peaks(extract(SONG, "The chart run, row by row:", ROWS))
    assert found == [
        ("Harbour Lamps", 2, "Hitlistan"),
        ("Harbour Lamps", 38, "uk_singles"),
        ("Harbour Lamps", 11, "germany_media_control"),
        ("Harbour Lamps", 52, "australia_kent"),
    ]


def test_a_label_with_no_chart_or_a_clause_gives_no_peak():
    rows = (
        "<ul><li>Tour dates (Sweden): peak 2, eleven weeks</li>"
        "<li>It sat on the UK Singles Chart: peak 7</li></ul>"
    )
    found = peaks(extract(SONG, "Some numbers:", rows))
    assert found == []
