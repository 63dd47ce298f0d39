"""A chart named just before the clause that places the record ("the Hot 100 had it
peaking at 33, ...", "but on the Adult Contemporary list it went to number 9", "on
the Mainstream Rock survey it got to No. 7") is that position's chart, as "the Kent
chart had it at No. 5" and "on the Hot 100 it stalled at No. 24" are, not the
country an earlier clause named."""

import pytest

from .test_discourse import extract, peaks

SONG = "The harbour montage is set to “Tin Lantern” by The Gull Choir."
HOT, AC, ROCK = (
    "billboard_hot_100",
    "billboard_adult_contemporary",
    "billboard_mainstream_rock",
)
# Each sentence and the (position, chart) pairs it gives the song.
NAMED = {
    "It was big in the UK, but on the Adult Contemporary list it went to number 9.": [
        (9, AC)
    ],
    "The Hot 100 had it peaking at 33, which was a letdown, but on the Adult "
    "Contemporary list it went to number 4.": [(33, HOT), (4, AC)],
    "It did fine in Canada, and on the Mainstream Rock survey it got to No. 7.": [
        (7, ROCK)
    ],
    "In Britain it flopped, though on the Hot 100 list it climbed to 23.": [(23, HOT)],
}


@pytest.mark.parametrize("sentence", NAMED)
def test_a_chart_before_its_clause_is_the_positions(sentence):
    found = [
        (position, chart) for _title, position, chart in peaks(extract(SONG, sentence))
    ]
    assert found == NAMED[sentence]


def test_a_list_that_is_no_chart_names_none():
    for sentence in (
        "On my list of summer songs it went to number 9.",
        "The critics' list had it peaking at 41.",
    ):
        assert not any(peak[1] in (9, 41) for peak in peaks(extract(SONG, sentence)))
