"""A position's country said right after it is its chart, when the clause goes on
with a verb of its own before naming another chart."""

import pytest

from .test_discourse import extract, peaks

SONG = "The closing dance is set to “Lantern Street” by The Orchard Kites."


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The single climbed to number 9 in the UK and spent months on the Hot 100.",
            [("Lantern Street", 9, "uk_singles")],
        ),
        (
            "It got to No. 12 in Britain and then lingered on the Hot 100 all year.",
            [("Lantern Street", 12, "uk_singles")],
        ),
        (
            "It reached number four in Canada but stayed off the Billboard Hot 100.",
            [("Lantern Street", 4, "canada_rpm")],
        ),
    ],
)
def test_the_country_after_the_position_is_its_chart(sentence, expected):
    assert peaks(extract(SONG, sentence)) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "It peaked at No. 9 and stayed on the Hot 100 for twenty weeks.",
            [("Lantern Street", 9, "billboard_hot_100")],
        ),
        (
            "It peaked at No. 9 in the UK and No. 3 on the Hot 100.",
            [
                ("Lantern Street", 3, "billboard_hot_100"),
                ("Lantern Street", 9, "uk_singles"),
            ],
        ),
    ],
)
def test_no_country_first_or_no_verb_keeps_the_chart_after(sentence, expected):
    assert sorted(peaks(extract(SONG, sentence)), key=lambda peak: peak[1]) == expected
