"""A writer's own place before "in" its town and a stand-in verb ("Our X in Y plays
Z", "My X in Y played Z") is X, as "the X in Y" is; a person called ours is none.
Every sentence here is invented for the test."""

from .test_place_rules import extract, locations

OWN = {
    "Our Dry Bridge in Tarrow plays a Leningrad flea market.": [
        ("Dry Bridge", "a Leningrad flea market")
    ],
    "My Kell Pier in Brannoch played a pier in Brighton.": [
        ("Kell Pier", "a pier in Brighton")
    ],
    "Their Orrin Hall in Carbury stood in for a Viennese palace.": [
        ("Orrin Hall", "a Viennese palace")
    ],
}
NOT_OWN = [
    "Our Ada Vell in Leeds played the mother.",
    "My Uncle Ned in Tarrow played the fiddle at the wedding.",
]


def test_a_writers_own_place_in_its_town_is_what_played():
    assert {text: locations(extract(text)) for text in OWN} == OWN


def test_a_person_called_ours_is_no_place():
    assert [locations(extract(text)) for text in NOT_OWN] == [[], []]
