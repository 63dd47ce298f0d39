"""Regions said in other words than their own name ("North Yorkshire", "the Kent
coast", "the Utah-Nevada line") are the region of the places named inside them, not a
filming place beside them; a town with a compass point, or a region named alone, stays
a place. Every sentence here is invented for the test."""

import pytest

from .test_place_rules import extract, names


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        (
            (
                "They shot the whole chase on the East Sussex coast. The lighthouse "
                "the girls run towards is Belle Tout, playing a lighthouse in Maine.",
            ),
            ["Belle Tout"],
        ),
        (
            (
                "H: Where it was filmed",
                "The hill country is the Derbyshire Dales. The ridge the boy climbs "
                "is Kelmor Edge, playing the Carpathians.",
            ),
            ["Kelmor Edge"],
        ),
        (
            (
                "The diner scenes were shot in Tiplow Springs, on the Idaho-Oregon "
                "line, in a single night.",
            ),
            ["Tiplow Springs"],
        ),
        (
            (
                "The montage was filmed in Southern California. The drive-in is the "
                "Starlite Drive-In at Corvell, doubling for a drive-in in Ohio.",
            ),
            ["Starlite Drive-In"],
        ),
    ],
)
def test_a_region_in_other_words_is_the_region_of_places_inside(paragraphs, expected):
    assert names(extract(*paragraphs)) == expected


def test_a_town_or_a_region_alone_stays_a_place():
    # A town with a compass point is a town: the place, alone.
    town = extract("The whole montage was filmed in East Harwick.")
    assert names(town) == ["East Harwick"]
    # A region said in other words, named alone, stays the one place given.
    region = extract("The montage was shot in Northern California over a week.")
    assert names(region) == ["Northern California"]
