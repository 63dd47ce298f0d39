"""A question that tells the reader what it asks about ("Did you know it went to
#19 on the Hot 100?") states its chart fact; a question that asks ("Did it reach
No. 7 in the UK?") still states nothing."""

import pytest

from .test_discourse import extract, peaks

SONG = "The car-wash montage is set to “Chrome Orchard” by The Velvet Hubcaps."
TOLD = [
    ("Did you know it went to #19 on the Hot 100?", 19, "billboard_hot_100"),
    (
        "Did you even know that it reached No. 4 on the UK Singles Chart?",
        4,
        "uk_singles",
    ),
    ("Did anyone know the single got to number 12 in Canada?", 12, "canada_rpm"),
]


@pytest.mark.parametrize("question, position, chart", TOLD)
def test_a_question_that_tells_states_its_peak(question, position, chart):
    assert peaks(extract(SONG, question)) == [("Chrome Orchard", position, chart)]


def test_a_question_that_asks_states_nothing():
    for question in (
        "Did it reach No. 7 in the UK?",
        "Was it ever No. 1 on the Hot 100?",
        "Did you know it never got past No. 40 on the Hot 100?",
    ):
        assert peaks(extract(SONG, question)) == [], question
