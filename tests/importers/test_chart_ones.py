"""A chart named as "the <country's> one" after another country's chart of the same
kind is that country's chart of that kind."""

import pytest

from .test_discourse import extract, facts

SONG = "The closing dance is set to “Lantern Street” by The Orchard Kites."
ALBUM = "The soundtrack album, “Harbor Nights”, came out on Redline Records."


def charts(post):
    return [
        (value["position"], value["chart_other"] or value["chart"])
        for value in facts(post, "chart_fact")
        if value["fact_kind"] == "chart_peak"
    ]


@pytest.mark.parametrize(
    "intro, sentence, expected",
    [
        (
            SONG,
            "It peaked at number three on the French singles chart and at number two"
            " on the Italian one.",
            (2, "Italian singles chart"),
        ),
        (
            ALBUM,
            "It reached No. 12 on the UK albums chart and No. 4 on the Irish one.",
            (4, "Irish albums chart"),
        ),
        (
            SONG,
            "It got to No. 6 on the Dutch singles chart and No. 7 on the German one.",
            (7, "germany_media_control"),
        ),
    ],
)
def test_the_countrys_one_is_its_chart_of_the_kind_named_before(
    intro, sentence, expected
):
    assert expected in charts(extract(intro, sentence))


def test_the_one_with_no_kind_named_before_is_no_chart():
    post = extract(SONG, "It was No. 2 on the Italian one, whatever that was.")
    assert (2, "Italian singles chart") not in charts(post)
