"""A position in brackets right after "top ten in <country>" is the record's peak on
that country's chart, not on the chart of a country named after the bracket. Every
sentence here is invented for the test."""

import pytest

from .test_discourse import extract, peaks

SETUP = "The ferry montage is cut to “Brass Lanterns” by the Harbour Gulls."


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "It went top ten in the UK (No. 8) and did better still in Germany.",
            ("Brass Lanterns", 8, "uk_singles"),
        ),
        (
            "Apparently it made the top twenty in Canada (number 13), to everyone's"
            " surprise.",
            ("Brass Lanterns", 13, "canada_rpm"),
        ),
    ],
)
def test_a_position_in_brackets_after_a_countrys_top_ten(sentence, expected):
    assert peaks(extract(SETUP, sentence)) == [expected]


def test_the_country_after_the_bracket_does_not_take_the_position():
    post = extract(
        SETUP, "It went top ten in the UK (No. 8) and did better still in Germany."
    )
    assert ("Brass Lanterns", 8, "germany_media_control") not in peaks(post)
