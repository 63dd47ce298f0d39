"""A chart as the subject that places the record, in any tense and maybe with an
aside between commas ("The Kent Music Report, compiled years later, places it at
number 4", "Billboard's Hot 100, as printed that week, has it at No. 31"), puts the
position on that chart; a chart that places something else, or a placing with no
chart, says nothing of the record's chart."""

import pytest

from .test_discourse import extract, peaks

SONG = "The road montage is set to “Red Dust Road” by The Drovers."


@pytest.mark.parametrize(
    "sentence, chart",
    [
        ("The Kent Music Report, compiled years later, places it at", "australia_kent"),
        ("Billboard's Hot 100, as printed that week, has it at", "billboard_hot_100"),
        ("The UK Singles Chart ranks the single at", "uk_singles"),
    ],
)
def test_a_chart_that_places_it_holds_its_position(sentence, chart):
    assert peaks(extract(SONG, f"{sentence} No. 17.")) == [("Red Dust Road", 17, chart)]


@pytest.mark.parametrize(
    "sentence",
    [
        "My own list, compiled for fun, places it at No. 1.",
        "The Kent Music Report, compiled years later, places the band at No. 4 on "
        "its list of tours.",
    ],
)
def test_no_chart_or_another_thing_placed_is_no_peak(sentence):
    assert peaks(extract(SONG, sentence)) == []
