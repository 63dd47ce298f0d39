"""A place's name with its kind of place in lowercase before a stand-in verb ("X
railway station, also in Y, playing Z"; "the X concert hall in Y, dressed as Z") is
the place that played Z, not the town after it; a kind of place with no name before
it, or a town's own aside, leaves the town. Every sentence here is invented for the
test."""

import pytest

from .test_place_rules import extract, locations

HEADED = {
    "The depot is Tarrow railway station, also in Kellbridge, playing a Paris "
    "station.": ("Tarrow railway station", "a Paris station"),
    "Where was it filmed? The terminal is the Velmar concert hall in Brannoch, "
    "dressed as a Baltic ferry terminal.": ("Velmar", "a Baltic ferry terminal"),
    "Act three: Orrin Pier, likewise in Kellbridge, standing in for the Gare "
    "Maritime.": ("Orrin Pier", "the Gare Maritime"),
    "The museum is the Hessel art gallery in Carbury, which plays a museum in "
    "Vienna.": ("Hessel", "a museum in Vienna"),
}


@pytest.mark.parametrize("sentence", sorted(HEADED))
def test_a_name_with_its_kind_of_place_is_what_played(sentence):
    assert locations(extract(sentence)) == [HEADED[sentence]]


def test_no_name_before_the_kind_of_place_leaves_the_town():
    # A kind of place with no name of its own: the town is what played.
    town = extract(
        "They shot it at an old railway station in Kellbridge, playing Lyon."
    )
    assert locations(town) == [("Kellbridge", "Lyon")]
    # A person's name with "also in" is no place.
    person = extract("Ada Vell, also in the cast, playing the mother, is superb.")
    assert locations(person) == []
