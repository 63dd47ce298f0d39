"""Chart peak offers from broad cues (offer_chart_local): a position told as a place
with its figure after it ("on place 5"), a chart named by a local name with a chart
word in it ("the Radiokanal Hitlista", "the Kystradio Top 30"), and a row's label
that is a chart ("Hitlista: 3"). Never a block; no offer for "took place", a figure
of days, nor a chart's name read as a record."""

import pytest

from .test_discourse import extract, peaks
from .test_offer_charts import offered

INTRO = (
    "The harbour montage is scored with “Copper Gulls” by the Vellmar Sisters,"
    " a single the whole coast hummed that winter."
)
SONG = "Copper Gulls"

# "place N" in different frames, each with the chart it names.
PLACES = {
    "By April it was on place 5 in the Radiokanal Hitlista.": (
        5,
        "Radiokanal Hitlista",
    ),
    "The single came only to place 12 of the Kystradio Top 30, sadly.": (
        12,
        "Kystradio Top 30",
    ),
    "In the Nordvik Hitparade it went up to place 3 during the spring.": (
        3,
        "Nordvik Hitparade",
    ),
}
# A chart's local name after an ordinary position.
LOCAL_NAMES = {
    "It reached number 7 in the Radiokanal Hitlista that March.": (
        7,
        "Radiokanal Hitlista",
    ),
    "Back then it was No. 3 in the Topplistan of the state radio.": (3, "Topplistan"),
    "Her record was at number 10 in the Sveriges Hitlista, two places under it.": (
        10,
        "Sveriges Hitlista",
    ),
}
# A row of a list whose label is the chart.
ROWS = {
    "Radiokanal Hitlista: 4 (three weeks)": (4, "Radiokanal Hitlista"),
    "“Copper Gulls” – Kystradio Top 30: 6": (6, "Kystradio Top 30"),
    "single of the year, Nordvik Hitparade: number 8": (8, "Nordvik Hitparade"),
}


@pytest.mark.parametrize("text", sorted(PLACES))
def test_a_place_and_its_figure_is_offered(text):
    number, chart = PLACES[text]
    post = extract(INTRO, text)
    assert (SONG, number, chart) in offered(post)
    assert not peaks(post)


@pytest.mark.parametrize("text", sorted(LOCAL_NAMES))
def test_a_local_chart_name_is_offered(text):
    number, chart = LOCAL_NAMES[text]
    assert (SONG, number, chart) in offered(extract(INTRO, text))


@pytest.mark.parametrize("text", sorted(ROWS))
def test_a_row_labelled_with_a_chart_is_offered(text):
    number, chart = ROWS[text]
    assert (SONG, number, chart) in offered(extract(INTRO, f"<ul><li>{text}</li></ul>"))


# No chart: a figure of days after "took place", one of weeks, a week's row.
TRAPS = (
    "The wrap party took place 3 days after the last shot.",
    "The band stayed in one place 4 weeks, waiting for the ferry.",
    "Week 6: 14, and the shoot was over.",
)


def test_traps_are_not_offered():
    found = {text: offered(extract(INTRO, text)) for text in TRAPS}
    assert not any(found.values()), found


def test_a_chart_name_is_no_record():
    post = extract(INTRO, "<ul><li>single, Kystradio Top 30: place 11</li></ul>")
    assert (SONG, 11, "Kystradio Top 30") in offered(post)
    assert not [found for found in offered(post) if found[0] == "Kystradio Top 30"]


def test_the_offer_is_a_suggestion_not_a_block():
    post = extract(INTRO, "It stayed on place 2 in the Radiokanal Hitlista for weeks.")
    assert (SONG, 2, "Radiokanal Hitlista") in offered(post)
    assert not peaks(post)
    assert any("Possible chart peak" in line for line in post.suggestions)
