"""A scene's subject said to be a real thing somewhere ("The gas station was a real one
in X") is filmed in X, a bracketed aside after the subject ("(shots 20 to 26)") does not
end it; a real thing with no place after it, or a person called real, gives none. Every
sentence here is invented for the test."""

from .test_place_rules import extract, names

REAL = {
    "H: Locations|The gas station (shots 20 to 26) was a real one in Tarrow.": [
        "Tarrow"
    ],
    "H: Locations|The diner is a genuine roadside diner outside Kellbridge, on Route "
    "9.": [],
    "H: Locations|The laundromat is a real one in Brannoch's Old Quay.": ["Old Quay"],
    "H: The locations|The bakery (the one in the opening) was a working bakery in "
    "Carbury.": ["Carbury"],
    # Traps: no place after "real"; a person said to be real.
    "H: Locations|The gas station was a real one, sadly long gone.": [],
    "H: Locations|The mechanic is a real mechanic, Ada Vell, from the town.": [],
}


def test_a_real_thing_somewhere_is_where_it_was_filmed():
    found = {key: names(extract(*key.split("|"))) for key in REAL}
    assert found == REAL
