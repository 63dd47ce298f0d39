"""No. 1 said as "top of" a named chart after a verb: "it was top of the RPM chart",
"went top of the Kent Music Report", "finished top of the UK Singles Chart"; and so
a position before it keeps its own country's chart."""

import pytest

from .test_discourse import extract, peaks

SONG = "The closing dance is set to “Lantern Street” by The Orchard Kites."


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "It went to number 3 in the UK, it was top of the RPM chart in Canada.",
            [("Lantern Street", 3, "uk_singles"), ("Lantern Street", 1, "canada_rpm")],
        ),
        (
            "It went top of the Kent Music Report that winter.",
            [("Lantern Street", 1, "australia_kent")],
        ),
        (
            "The single finished top of the UK Singles Chart in 1977.",
            [("Lantern Street", 1, "uk_singles")],
        ),
    ],
)
def test_top_of_a_named_chart_after_a_verb_is_number_one(sentence, expected):
    assert peaks(extract(SONG, sentence)) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("It was top of the pile at the chart shop.", []),
        (
            "He was top of the class, and the song reached No. 4 on the Hot 100.",
            [("Lantern Street", 4, "billboard_hot_100")],
        ),
    ],
)
def test_top_of_something_else_is_no_position(sentence, expected):
    assert peaks(extract(SONG, sentence)) == expected
