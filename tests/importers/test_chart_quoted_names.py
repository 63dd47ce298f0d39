"""A chart's maker written in italics ("No. 26 on the <i>Billboard</i> 200") names
its chart as it does written plainly: the italics do not hide the chart's name and
let a chart named later in the sentence take the position."""

import pytest

from .test_discourse import extract, peaks

SONG = "Pier Lamps"
ALBUM = "Gull Point: Music from the Film"
SINGLE = f"“{SONG}” is a 1979 single by The Moorings, written by Edna Calloway."
LP = f"The soundtrack album, <i>{ALBUM}</i>, came out in 1980."

FOUND = [
    (
        LP,
        "Its best week saw it peak at No. 26 on the <i>Billboard</i> 200 and No. 4 "
        "on <i>Billboard</i>'s soundtracks chart.",
        (ALBUM, 26, "billboard_200"),
    ),
    (
        LP,
        "The record climbed to number 18 on the “Billboard” 200, and stayed a year.",
        (ALBUM, 18, "billboard_200"),
    ),
    (
        SINGLE,
        "The single made No. 13 on the <i>Billboard</i> Hot 100 and No. 2 on the "
        "Adult Contemporary chart.",
        (SONG, 13, "billboard_hot_100"),
    ),
]


@pytest.mark.parametrize("before, sentence, expected", FOUND)
def test_an_italic_maker_names_its_chart(before, sentence, expected):
    assert expected in peaks(extract(before, sentence))


def test_the_magazine_as_a_critic_names_no_chart():
    """The position's chart is the country's, not one of the magazine's."""
    post = extract(
        SINGLE, "It reached No. 12 in the UK, and <i>Billboard</i> called it a gem."
    )
    assert peaks(post) == [(SONG, 12, "uk_singles")]


def test_a_title_opening_with_a_makers_word_keeps_its_quotes():
    post = extract(
        SINGLE,
        "It made No. 9 on the UK Singles Chart, above “Billboard Heart” by another band.",
    )
    assert peaks(post) == [(SONG, 9, "uk_singles")]
