"""A list's row naming its record, then its chart, then its peak ("“X”: <i>Billboard</i>
Hot 100, peak 44", "<i>Y</i>: UK Albums Chart, peaked at 27") is that record's peak,
when the post has named the title as a track or an album."""

import pytest

from .test_discourse import extract, peaks

SONG = "Nine Floors Up"
ALBUM = "Ember Street: Songs from the Film"
INTRO = (
    f"The montage plays “{SONG}”, sung by Ivy Lorne, and the soundtrack album is "
    f"<i>{ALBUM}</i>."
)


def listed(*items):
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


FOUND = [
    (f"“{SONG}”: <i>Billboard</i> Hot 100, peak 44", (SONG, 44, "billboard_hot_100")),
    (f"Table 2 — “{SONG}”: RPM (Canada), peak 19", (SONG, 19, "canada_rpm")),
    (f"<i>{ALBUM}</i>: UK Albums Chart, peaked at 27", (ALBUM, 27, "uk_albums")),
]


@pytest.mark.parametrize("row, expected", FOUND)
def test_a_titled_row_gives_its_records_peak(row, expected):
    post = extract(INTRO, listed(row, "Label: Gantry Records"))
    assert expected in peaks(post)


# A title the post never named as a record, or words that name no chart.
TRAPS = [
    "“Cinder Lane”: UK Singles Chart, peak 12",
    f"“{SONG}”: the director's favourite, best 5",
]


@pytest.mark.parametrize("row", TRAPS)
def test_a_row_of_no_known_record_or_chart_gives_nothing(row):
    post = extract(INTRO, listed(row, "Label: Gantry Records"))
    assert [peak for peak in peaks(post) if peak[1] in (5, 12)] == []
