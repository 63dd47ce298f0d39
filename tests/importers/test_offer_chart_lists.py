"""Suggested chart peaks that the chart offers read across a sentence's list of
positions and from a country named before the position (offer_charts): a later
position of one list keeps the record of the first ("No. 9 in the UK and No. 30 on
the Dutch Top 40"), a country whose main chart goes by its adjective names the chart
before the position or after "the chart" ("In Ireland it ...", "topped the chart in
New Zealand"), and a position the precise rules left without a chart is offered with
the chart the offer reader finds, the question giving way to it. Never a block."""

import pytest

from .test_discourse import extract, peaks
from .test_offer_charts import offered

INTRO = (
    "The dance hall scene is scored with “Marrow Lane Shuffle” by The Pell"
    " Cousins, a record everybody's uncle owned."
)
SONG = "Marrow Lane Shuffle"
# A quoted name that is no record ("the film's “Vermont”") leaves the memory
# without a record for a position that follows another one.
ASIDE = "Trivia: the film's “{}” is really a field near {}. "


@pytest.mark.parametrize(
    "text, position, chart",
    [
        # a later position of a list keeps the record of the first
        (
            ASIDE.format("Vermont", "Hereford") + "The song got a lift when the"
            " trailer came out: number 9 in the UK and number 24 on the Dutch Top 40.",
            24,
            "Dutch Top 40",
        ),
        (
            ASIDE.format("Oregon", "Leeds") + "The song sold well after the"
            " premiere: No. 6 in the UK, then No. 19 on the Ö3 Austria Top 40.",
            19,
            "Ö3 Austria Top 40",
        ),
        (
            ASIDE.format("Montana", "Kendal") + "The song did nicely that winter:"
            " No. 13 in the UK, No. 8 on the Irish Singles Chart.",
            8,
            "Irish Singles Chart",
        ),
        # a country whose main chart goes by its adjective
        ("In Ireland it got as far as number six.", 6, "Irish singles"),
        (
            "Over in New Zealand, the record went on to number nine.",
            9,
            "New Zealand singles",
        ),
        (
            "It stalled at number 20 in the UK, but it topped the chart in Ireland.",
            1,
            "Irish singles",
        ),
        (
            "Fans in New Zealand sent it up the chart, where it peaked at number 3.",
            3,
            "New Zealand singles",
        ),
        # a position the rules left without a chart
        (
            "In Britain it was a modest hit, number 14, and it sold steadily there.",
            14,
            "uk_singles",
        ),
        (
            "In the UK it did respectably, a peak of 27, and then it was forgotten.",
            27,
            "uk_singles",
        ),
        (
            "Over in Germany the record did even better, reaching number 3, and the"
            " band toured there.",
            3,
            "germany_media_control",
        ),
    ],
)
def test_a_position_and_its_chart_are_offered(text, position, chart):
    expected = (SONG, position, chart)
    post = extract(INTRO, text)
    assert expected in offered(post)
    assert expected not in peaks(post)
    # a question about the same position gives way to the offer
    assert not [line for line in post.suggestions if "which chart" in line]


@pytest.mark.parametrize(
    "text, position",
    [
        # the words between the positions are another record's clause
        (
            ASIDE.format("Utah", "Bath") + "The song reached number 14 in the UK,"
            " but their next single got to number 5 on the Dutch Top 40.",
            5,
        ),
        (
            "It reached number 14 in the UK, but their next single got to number 5"
            " on the Dutch Top 40.",
            5,
        ),
        # a country whose main chart has a name of its own: which chart?
        ("In Japan it got as far as number six.", 6),
        # a list of the country's, no chart
        ("It came in at number 40 in Ireland's list of wedding songs.", 40),
    ],
)
def test_traps_are_not_offered(text, position):
    post = extract(INTRO, text)
    assert not [found for found in offered(post) if found[1] == position]


def test_the_offer_is_a_suggestion_not_a_block():
    post = extract(INTRO, "In Ireland it got as far as number six.")
    assert (SONG, 6, "Irish singles") in offered(post)
    assert not peaks(post)
    assert any("Possible chart peak" in line for line in post.suggestions)
