"""A site inside a town said with a part of it after the town's comma ("shot in X,
among the stalls of the Y Market") is the place, in X; the town is then its region. A
part of something that names no site leaves the town the place. Every sentence here
is invented for the test."""

import pytest

from .test_place_rules import extract, names

AMONG = [
    (
        "The walk was shot in Tarrow, among the stalls of Wyebridge Market.",
        "Wyebridge Market",
    ),
    ("The duel was filmed in Carbury, amid the ruins of Holm Abbey.", "Holm Abbey"),
    (
        "The fight was filmed in Brannoch, amongst the old cranes of the Kell Docks.",
        "Kell Docks",
    ),
    # Traps: a part of people, or of no named place, leaves the town the place.
    ("It was filmed in Tarrow, among the fans of Ada Vell.", "Tarrow"),
    ("It was filmed in Carbury, among many other towns of the north.", "Carbury"),
]


@pytest.mark.parametrize("sentence, place", AMONG)
def test_a_site_among_its_parts_is_the_place_in_the_town(sentence, place):
    assert names(extract(sentence)) == [place]
