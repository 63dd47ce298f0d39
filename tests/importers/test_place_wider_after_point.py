"""A place named at a point and then ", in the Y": Y is the area around it, and the
place is the one at the point; a site after it ("in the Y House") or a place named
after "in" ("in X, in the Y") is still a place inside. Every sentence here is
invented for the test."""

import pytest

from .test_place_rules import extract, names

AREAS = [
    ("The wedding was photographed at Kelso, in the Tweed Valley, in May.", "Kelso"),
    ("The pier sequence was filmed at Saltburn, in the Cleveland Coast.", "Saltburn"),
    ("Most of the chase was shot at Haworth, in the Brontë Country.", "Haworth"),
]
INSIDE = [
    ("The ballroom scenes were shot at Bray, in the Old Mill House.", "Old Mill House"),
    ("The dance was filmed at Leeds, in the Corn Exchange Hall.", "Corn Exchange Hall"),
    ("The market scenes were filmed in Marseille, in the Panier.", "Panier"),
]


@pytest.mark.parametrize("sentence, place", AREAS + INSIDE)
def test_the_place_is_the_point_or_the_site_inside_it(sentence, place):
    assert names(extract(sentence)) == [place]
