"""A site described, not named, inside a place just named, that plays another: the
place plays it ("filmed in X, in a warehouse loft that plays Y"). Every sentence here
is invented for the test."""

import pytest

from .test_place_rules import extract, locations


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The office scenes were filmed in Harwick's Old Docks, in a warehouse loft "
            "that plays a Berlin survey office.",
            [("Old Docks", "a Berlin survey office")],
        ),
        (
            "The classroom scenes were shot at Gorran Quay, in an old school that stands "
            "in for a Paris lycée.",
            [("Gorran Quay", "a Paris lycée")],
        ),
        (
            "The chase was filmed in Harwick, on a street which doubles for Boston.",
            [("Harwick", "Boston")],
        ),
    ],
)
def test_a_described_site_that_plays_another(sentence, expected):
    assert locations(extract(sentence)) == expected


# Traps: a band that plays a town, a part that plays to a singer's strengths.
@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The chase was filmed in Harwick, with a band that plays Boston.",
            [("Harwick", "")],
        ),
        ("Ann Dove, in a role that plays to her strengths, sings.", []),
    ],
)
def test_no_stand_in_from_a_band_or_a_part(sentence, expected):
    assert locations(extract(sentence)) == expected
