"""A position "in Australia" in a sentence that also names ARIA is of ARIA's era, so
it is on the ARIA chart, not the Kent Music Report; with no ARIA, or with Kent named,
the Kent chart stays."""

import pytest

from .test_chart_foreign import peaks
from .test_discourse import extract

SONG = "The closing dance is set to “Lantern Street” by The Orchard Kites."


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "It went all the way to number one in Australia, where ARIA certified "
            "it double platinum.",
            ("Lantern Street", 1, "ARIA singles"),
        ),
        (
            "It topped the charts in Australia and ARIA gave it a gold record.",
            ("Lantern Street", 1, "ARIA singles"),
        ),
        (
            "In Australia it peaked at No. 4, and the Australian Recording Industry "
            "Association certified it platinum.",
            ("Lantern Street", 4, "ARIA singles"),
        ),
        (
            "It reached number one on the ARIA chart.",
            ("Lantern Street", 1, "ARIA singles"),
        ),
    ],
)
def test_a_position_in_arias_era_is_on_its_chart(sentence, expected):
    assert peaks(extract(SONG, sentence)) == [expected]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "It went to number one in Australia in 1979.",
            ("Lantern Street", 1, "australia_kent"),
        ),
        (
            "It reached No. 2 in Australia on the Kent Music Report, and ARIA later "
            "certified it gold.",
            ("Lantern Street", 2, "australia_kent"),
        ),
    ],
)
def test_the_kent_chart_stays_without_aria(sentence, expected):
    assert peaks(extract(SONG, sentence)) == [expected]
