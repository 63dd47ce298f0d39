"""Another country's chart named like one of Billboard's, its country's word just
before it ("the Canadian Hot 100", "Japan's Hot 100"), is that country's own chart,
never Billboard's."""

import pytest

from .test_discourse import extract, facts

SONG = "The closing dance is set to “Lantern Street” by The Orchard Kites."


def charts(post):
    return [
        (value["position"], value["chart"], value["chart_other"])
        for value in facts(post, "chart_fact")
        if value["fact_kind"] == "chart_peak"
    ]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "It climbed to number 7 on the Canadian Hot 100 that spring.",
            (7, "other", "Canadian Hot 100"),
        ),
        (
            "Up north it did better: No. 4 on Canada's Hot 100, behind a ballad.",
            (4, "other", "Canadian Hot 100"),
        ),
        (
            "On the Japan Hot 100 it stalled at No. 15.",
            (15, "other", "Japan Hot 100"),
        ),
    ],
)
def test_a_country_word_before_a_billboard_name_is_its_own_chart(sentence, expected):
    assert charts(extract(SONG, sentence)) == [expected]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "It went to No. 9 on the Hot 100, a first for a Canadian act.",
            (9, "billboard_hot_100", ""),
        ),
        ("It reached number 12 on the US Hot 100.", (12, "billboard_hot_100", "")),
    ],
)
def test_billboards_chart_stays_billboards(sentence, expected):
    assert charts(extract(SONG, sentence)) == [expected]
