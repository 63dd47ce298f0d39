"""False blocks: a compound ordinal before "place" read in part ("eighty-eighth
place" as No. 8). The whole ordinal is the position. Every sentence here is
invented for the test."""

import pytest

from wagtail_montage.importers.extraction.chart_mentions import parse_number

from .test_discourse import peaks
from .test_track_entries import read

OPENING = "The film's big song was “Gull Reel”, sung by Ona Marr."


@pytest.mark.parametrize(
    "sentence, position",
    [
        ("“Gull Reel” got to a forty-fourth place on the Billboard Hot 100.", 44),
        ("It managed only a sixty-third position on the UK Singles Chart.", 63),
        ("Its best was twenty-second place on the RPM chart in Canada.", 22),
    ],
)
def test_the_whole_ordinal_is_the_position(sentence, position):
    found = [peak[1] for peak in peaks(read(OPENING, sentence))]
    assert position in found
    assert position % 10 not in found


def test_a_plain_ordinal_still_reads():
    found = peaks(
        read(OPENING, "“Gull Reel” took third place on the UK Singles Chart.")
    )
    assert [peak[1] for peak in found] == [3]


def test_the_words_to_numbers():
    assert parse_number("eighty-eighth") == 88
    assert parse_number("thirty-first") == 31
    assert parse_number("twenty-three") == 23
