"""A top-N position whose exact peak a bracket gives right after it is the bracket's
peak on the chart the top-N names, never a peak at N. Every sentence here is invented
for the test."""

import pytest

from .test_discourse import extract, peaks

SETUP = (
    "The harbour montage is cut to “Brass Lanterns” by the Harbour Gulls, from "
    "their album “Low Water”."
)


@pytest.mark.parametrize(
    "sentence, expected, top",
    [
        (
            "The album “Low Water” got into the top ten on the Billboard 200 (number 7, a "
            "cousin of mine swears).",
            ("Low Water", 7, "billboard_200"),
            10,
        ),
        (
            "“Low Water” was a Top 20 album that winter (pk. 14, Billboard 200).",
            ("Low Water", 14, "billboard_200"),
            20,
        ),
        (
            "“Brass Lanterns” made the top five on the Hot 100 (peaked at 3) in May.",
            ("Brass Lanterns", 3, "billboard_hot_100"),
            5,
        ),
    ],
)
def test_a_top_n_with_its_peak_in_brackets(sentence, expected, top):
    found = peaks(extract(SETUP, sentence))
    assert expected in found
    assert (expected[0], top, expected[2]) not in found


def test_a_bracket_above_the_top_n_is_not_its_peak():
    found = peaks(
        extract(SETUP, "“Low Water” went top ten on the Billboard 200 (No. 12 later).")
    )
    assert ("Low Water", 12, "billboard_200") not in found
