"""A "where" clause between a place and its stand-in verb is an aside about the place
("X, where we were running to, is playing Y"), as a "which" clause is; a "where" clause
that names its own place, or a person before one, still gives none to the name before.
Every sentence here is invented for the test."""

from .test_place_rules import extract, locations

WHERE_ASIDES = [
    (
        "Kell Island, where we were running to, is playing Bainbridge Island.",
        "Kell Island",
    ),
    ("Tarrow Cove, where the boats come in, played a harbour in Maine.", "Tarrow Cove"),
    (
        "The beach is Orrin Bay, where the kiss happens, standing in for Malibu.",
        "Orrin Bay",
    ),
]


def test_a_where_aside_stands_between_the_place_and_its_verb():
    for sentence, place in WHERE_ASIDES:
        assert [name for name, _played in locations(extract(sentence))] == [place]


def test_a_where_clause_with_its_own_place_or_a_person_keeps_apart():
    pub = "We filmed in Tarrow, where the Kell Arms played a pub in Dublin."
    person = "Ada Vell, where the story starts, plays the mother."
    assert locations(extract(pub)) + locations(extract(person)) == [
        ("Kell Arms", "a pub in Dublin")
    ]
