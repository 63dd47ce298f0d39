"""A position told by a country with no listed chart and no adjective its chart goes
by ("number 2 in Norway") is offered on the country's chart ("other:Norway") for the
editor to accept, never a block: writers differ on such a chart."""

import pytest

from .test_chart_foreign import ALBUM, SONG, offered, peaks
from .test_discourse import extract


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the position, then "in <country>"
        (
            "It climbed to number 3 in Norway that spring.",
            ("Lantern Street", 3, "Norway"),
        ),
        (
            "Odd as it sounds, it got to No. 5 in Austria.",
            ("Lantern Street", 5, "Austria"),
        ),
        (
            "It went as high as number two in Portugal.",
            ("Lantern Street", 2, "Portugal"),
        ),
        # "a No. N hit in <country>"
        ("It was a No. 4 hit in Belgium, oddly.", ("Lantern Street", 4, "Belgium")),
        (
            "It became a number 6 hit in Sweden in 1982.",
            ("Lantern Street", 6, "Sweden"),
        ),
        (
            "Later it was a number one single in Denmark.",
            ("Lantern Street", 1, "Denmark"),
        ),
        # beside a listed country's position
        (
            "It peaked at 12 in the UK and at number 1 in the Netherlands.",
            ("Lantern Street", 1, "Netherlands"),
        ),
        (
            "It reached No. 9 in Germany and No. 2 in Switzerland.",
            ("Lantern Street", 2, "Switzerland"),
        ),
        (
            "It got to number 14 in Australia but number 3 in Italy.",
            ("Lantern Street", 3, "Italy"),
        ),
    ],
)
def test_a_position_in_a_country_is_offered_on_its_chart(sentence, expected):
    post = extract(SONG, sentence)
    assert expected in offered(post)
    assert (expected[1], expected[2]) not in [peak[1:] for peak in peaks(post)]


def test_an_album_there_is_offered_on_the_country_chart_too():
    post = extract(ALBUM, "The LP went to No. 7 in Finland.")
    assert ("Harbor Nights", 7, "Finland") in offered(post)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("By Easter it had climbed to number one in Ireland.", "Irish singles"),
        ("It reached number four in New Zealand.", "New Zealand singles"),
    ],
)
def test_ireland_and_new_zealand_keep_their_singles_chart(sentence, expected):
    assert [item[2] for item in offered(extract(SONG, sentence))] == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "It went top ten in Norway.",  # no position
        "It was number 40 in Sweden's list of wedding songs.",  # a list, no chart
        "It got to number two in Austria's Ö3 poll of film themes.",
        "It reached number two on the country chart in Spain.",  # which chart?
        "It was number one in our house for a year in Belgium.",
    ],
)
def test_no_country_chart_offered_without_a_position_of_its_own(sentence):
    assert not [
        item for item in offered(extract(SONG, sentence)) if item[2] in COUNTRY_CHARTS
    ]


COUNTRY_CHARTS = {"Norway", "Sweden", "Austria", "Spain", "Belgium"}
