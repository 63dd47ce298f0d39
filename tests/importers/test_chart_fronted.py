"""A clause that opens with its chart ("On the UK Singles Chart it reached 11") or
has the chart as its subject ("the RPM chart took the record to number nine") gives the
position told later in it on that chart, a bare number included."""

import pytest

from .test_chart_foreign import ALBUM, SONG, peaks
from .test_discourse import extract


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the chart opens the clause
        (
            "On the UK Singles Chart it reached 16, its best week.",
            ("Lantern Street", 16, "uk_singles"),
        ),
        (
            "On Billboard's Mainstream Rock chart the single got to 7.",
            ("Lantern Street", 7, "billboard_mainstream_rock"),
        ),
        (
            "On the Hot 100 the record has now settled at 23 for good.",
            ("Lantern Street", 23, "billboard_hot_100"),
        ),
        (
            "On the Hot 100 it only got as high as 58.",
            ("Lantern Street", 58, "billboard_hot_100"),
        ),
        (
            "It sold well in Leeds, and on the Kent Music Report it went all the way to"
            " number 4.",
            ("Lantern Street", 4, "australia_kent"),
        ),
        # the chart is the clause's subject, the record its object
        (
            "It slid out of the Hot 100 early, but the Irish Singles Chart put the single"
            " at 13.",
            ("Lantern Street", 13, "Irish Singles Chart"),
        ),
        (
            "Nobody at the label expected it, but Media Control over in Germany pushed"
            " it to six.",
            ("Lantern Street", 6, "germany_media_control"),
        ),
        (
            "The radio ignored it, and over in Canada the RPM chart sent it up to"
            " number eleven.",
            ("Lantern Street", 11, "canada_rpm"),
        ),
        (
            "Billboard's Mainstream Rock chart had the single at four; the Hot 100 did not.",
            ("Lantern Street", 4, "billboard_mainstream_rock"),
        ),
    ],
)
def test_a_position_after_its_chart_is_on_that_chart(sentence, expected):
    assert expected in peaks(extract(SONG, sentence))


def test_an_album_on_a_fronted_albums_chart():
    post = extract(ALBUM, "On the UK Albums Chart the album reached 21 that spring.")
    assert ("Harbor Nights", 21, "uk_albums") in peaks(post)


@pytest.mark.parametrize(
    "sentence",
    [
        # a country, not a chart: chart_names reads it (or not) as before
        "In Norway it reached 16.",
        # a time, not a chart
        "In the first week it reached 16.",
        # a new subject after the chart
        "On the Hot 100 it stalled, but the B-side got to 9.",
        # a count, not a position
        "On the Hot 100 it spent 11 weeks.",
        "On the Hot 100 it sold 40,000.",
        # a denial
        "On the Hot 100 it never got to 30.",
        # a ticket chart, a person's doing
        "In the ticket charts it reached 3.",
        "Her mother had it at 3 on the radio all day.",
        "The DJ took it to 40 stations.",
    ],
)
def test_no_position_without_its_chart_opening_the_clause(sentence):
    assert [
        peak
        for peak in peaks(extract(SONG, sentence))
        if peak[1] in (3, 9, 11, 16, 30, 40)
    ] == []
