"""A possessive before a business's noun keeps the name whole ("Halloran's Gym"); a
town's possessive before "Y Street" gives the street, in that town. Every sentence
here is invented for the test."""

import pytest

from tests.importers.test_place_rules import extract, locations


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The sparring montage was shot at Halloran's Gym in Queens, ring and all.",
            [("Halloran's Gym", "")],
        ),
        (
            "The dance scene was filmed at Dolly's Club in Leeds on a wet Sunday.",
            [("Dolly's Club", "")],
        ),
        (
            "Leith's Harbour Street, with its stone sheds, played 1920s Cork for "
            "the opening scenes.",
            [("Harbour Street", "1920s Cork")],
        ),
        (
            "The wedding was filmed at Sadler's Wells Theatre over two nights.",
            [("Sadler's Wells Theatre", "")],
        ),
    ],
)
def test_a_possessive_name(sentence, expected):
    assert locations(extract(sentence)) == expected
