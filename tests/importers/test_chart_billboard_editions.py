"""A national edition of a Billboard chart ("the Billboard Philippines Hot 100",
"Billboard Japan Hot 100") is that country's own chart, not Billboard's US Hot 100;
"the Billboard Hot 100" and "Billboard's Hot 100" stay the US one."""

import pytest

from .test_discourse import extract, facts

SONG = "The jeepney montage is set to “Monsoon Sparrow” by Lia Santos."


def charts(sentence):
    return [
        (value["position"], value["chart"], value["chart_other"])
        for value in facts(extract(SONG, sentence), "chart_fact")
    ]


@pytest.mark.parametrize(
    "sentence, expected",
    {
        "The song became number 3 on the Billboard Philippines Hot 100.": (
            3,
            "other",
            "Philippines Hot 100",
        ),
        "It reached No. 7 on the Billboard Japan Hot 100.": (
            7,
            "other",
            "Japan Hot 100",
        ),
        "It got to number 11 on the Billboard Argentina Hot 100 that winter.": (
            11,
            "other",
            "Argentina Hot 100",
        ),
        "It peaked at No. 12 on the Billboard Hot 100.": (12, "billboard_hot_100", ""),
        "In the Philippines it went to No. 5 on the Billboard Hot 100.": (
            5,
            "billboard_hot_100",
            "",
        ),
    }.items(),
)
def test_a_billboard_edition_is_its_countrys_chart(sentence, expected):
    assert charts(sentence) == [expected]
