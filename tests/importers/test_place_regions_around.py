"""A region filmed in, then "around" a town: the town is the place, in the region
("filmed up on the X Tablelands around Y"); "Tablelands" and "Uplands" end a
region's name as "Alps" does. After a town, "around" is no place inside it, and a
time after "around" is no town. Every sentence here is invented for the test."""

import pytest

from .test_place_rules import extract, names


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The crew filmed up on the Darling Downs Tablelands around Yungaburra.",
            ["Yungaburra"],
        ),
        ("They filmed in the Bernese Alps around Mürren.", ["Mürren"]),
        ("The chase was filmed in the Southern Uplands around Moffat.", ["Moffat"]),
        # After a town, "around" gives no place inside it.
        ("They filmed in Jasper around the lake.", ["Jasper"]),
        # A time after "around" is no town: the region stays.
        ("They filmed in the Bernese Alps around Easter.", ["Bernese Alps"]),
    ],
)
def test_around_a_town_in_a_region(sentence, expected):
    assert names(extract(sentence)) == expected
