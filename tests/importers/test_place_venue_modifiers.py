"""A venue called by the body that runs it ("the Legion hall", "the Elks lodge") is no
named place: the town after it is, or nothing. Every sentence here is invented for
the test."""

import pytest

from tests.importers.test_place_rules import extract, names


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The barn dance was shot inside the Legion hall over in Dauphin.",
            ["Dauphin"],
        ),
        ("The wedding was shot in the Lutheran church in Gimli last May.", ["Gimli"]),
        ("The brawl was filmed in the Elks lodge in Brandon.", ["Brandon"]),
        (
            "The car chase was filmed at the Safeway parking lot in Selkirk.",
            ["Selkirk"],
        ),
        ("The final waltz was shot in the Legion hall.", []),
        ("The dance was filmed in the Dunmore Hall in Leeds.", ["Dunmore Hall"]),
    ],
)
def test_a_venue_of_a_body(sentence, expected):
    assert names(extract(sentence)) == expected
