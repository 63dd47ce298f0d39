"""A big city said right before ", in Y" is the region of Y, a quarter inside it;
towns listed one after another stay a list. Every sentence here is invented for the
test."""

import pytest

from tests.importers.test_place_rules import extract, locations, names


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Most of it was shot in Lisbon, in Graça, whose steep lanes did a fine "
            "Genoa.",
            [("Graça", "Genoa")],
        ),
        (
            "The dance number was filmed in Osaka, in Shinsekai, which plays Tokyo.",
            [("Shinsekai", "Tokyo")],
        ),
        ("They filmed the chase in Montreal, in Griffintown.", [("Griffintown", "")]),
    ],
)
def test_a_quarter_after_its_city(sentence, expected):
    assert locations(extract(sentence)) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "It was filmed in Dublin, in Wicklow and in Kerry.",
            ["Dublin", "Wicklow", "Kerry"],
        ),
    ],
)
def test_towns_one_after_another_stay_a_list(sentence, expected):
    assert names(extract(sentence)) == expected
