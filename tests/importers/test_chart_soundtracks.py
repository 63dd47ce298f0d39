"""Billboard's soundtrack chart goes by several names ("Top Soundtracks", "the
Soundtrack Albums chart", "the soundtracks chart"); a soundtrack album on the
Billboard 200, or soundtrack albums in lowercase prose, is not on it."""

import pytest

from .test_discourse import extract, peaks

ALBUM = "The soundtrack album, “Harbor Nights”, came out on Redline Records."


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Soundtrack peak, Top Soundtracks: No. 5.", ("Harbor Nights", 5)),
        (
            "It reached No. 3 on Billboard's Soundtrack Albums chart.",
            ("Harbor Nights", 3),
        ),
        (
            "It spent a month at number two on the soundtracks chart.",
            ("Harbor Nights", 2),
        ),
    ],
)
def test_the_soundtrack_chart_by_its_names(sentence, expected):
    assert peaks(extract(ALBUM, sentence)) == [expected + ("billboard_soundtracks",)]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "It got to No. 22 on the Billboard 200, one of the top soundtrack albums "
            "of the year.",
            ("Harbor Nights", 22, "billboard_200"),
        ),
        (
            "Among soundtrack albums it was a hit: No. 9 on the Billboard 200.",
            ("Harbor Nights", 9, "billboard_200"),
        ),
    ],
)
def test_a_soundtrack_on_the_billboard_200_stays_there(sentence, expected):
    assert peaks(extract(ALBUM, sentence)) == [expected]
