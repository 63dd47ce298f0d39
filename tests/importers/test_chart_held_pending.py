"""False blocks: a position with no chart of its own given the one chart its
sentence names when that chart already holds the record's peak ("to number 9;
... peaked at four on the Media Control chart"). A record has one peak on a chart, so the
figure is neither a block on it nor a question. Every sentence here is invented."""

import pytest

from .test_discourse import peaks
from .test_track_entries import read

OPENING = "The film's big song was “Kettle Moon”, sung by Ilse Varga."


@pytest.mark.parametrize(
    "sentence, kept, chart",
    [
        (
            "Dutch buyers pushed it to number 9; the Germans were keener, and it "
            "peaked at four on the Media Control chart.",
            4,
            "germany_media_control",
        ),
        (
            "It went to No. 15 with the Scots, but on the Kent Music Report it "
            "climbed to number three.",
            3,
            "australia_kent",
        ),
        (
            "Radio at home got it to number 6; across the ocean it sat at 12 on "
            "the Billboard Hot 100 for a month.",
            12,
            "billboard_hot_100",
        ),
    ],
)
def test_a_held_chart_takes_no_second_figure(sentence, kept, chart):
    found = peaks(read(OPENING, sentence))
    on_chart = [peak[1] for peak in found if peak[2] == chart]
    assert on_chart == [kept]


def test_the_figure_is_not_asked_about_either():
    post = read(
        OPENING,
        "Fans in Ghent took it to number 7; in Britain it stopped at 20 on the "
        "UK Singles Chart.",
    )
    assert not [item for item in post.suggested if "(No. 7)" in item["message"]]
    assert ("Kettle Moon", 7, "uk_singles") not in peaks(post)


def test_the_only_chart_still_takes_an_unheld_figure():
    found = peaks(
        read(OPENING, "“Kettle Moon” reached number 5 on the UK Singles Chart.")
    )
    assert ("Kettle Moon", 5, "uk_singles") in found


def test_a_chart_named_once_in_the_sentence_still_goes_to_its_figure():
    found = peaks(
        read(
            OPENING,
            "On the Kent Music Report it spent a summer and got to number 11.",
        )
    )
    assert ("Kettle Moon", 11, "australia_kent") in found
