"""A position on someone's "hit parade" in lower case ("No. 4 on the Meridian hit
parade", "number 6 in the Danish hit parade") is a peak on that other chart; a bare
"hit parade", a kind's, or a listed country's gives none of its own."""

import pytest

from .test_chart_foreign import SONG, peaks
from .test_discourse import extract


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "It reached number 2 on the Meridian hit parade and stayed there a month.",
            ("Lantern Street", 2, "Meridian hit parade"),
        ),
        (
            "It climbed to No. 6 on the Danish hit parade in the spring of 1971.",
            ("Lantern Street", 6, "Danish hit parade"),
        ),
        (
            "By June it was number 5 in the Radio Sol hit parade.",
            ("Lantern Street", 5, "Radio Sol hit parade"),
        ),
    ],
)
def test_a_position_on_a_named_hit_parade(sentence, expected):
    assert expected in peaks(extract(SONG, sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        # no name: the post's country tells which, as before
        "It got to number 17 in the hit parade.",
        # a kind of hit parade
        "It reached No. 17 in the Meridian hit parade of albums.",
        # a listed country's: its own chart, read as before
        "It reached No. 17 on the British hit parade.",
        # not a position
        "Meridian hit parade fans voted it 17 times.",
    ],
)
def test_no_other_chart_for_an_unnamed_or_listed_hit_parade(sentence):
    found = [peak for peak in peaks(extract(SONG, sentence)) if "hit parade" in peak[2]]
    assert found == []
