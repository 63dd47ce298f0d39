"""A subject placed in the film's shots before "is" ("the ridge in the wide shots is
the X") names a filming place when the name says it is one; a person or a car in the
shots is none. Every sentence here is invented for the test."""

from .test_place_rules import extract, names

SEEN = [
    (
        "The ridgeline in the wide shots is the Sgurr Bheag, a few miles north.",
        "Sgurr Bheag",
    ),
    ("The water at dusk in the closing shots is Lake Tarrow.", "Lake Tarrow"),
    ("The tower glimpsed in shot 12 is the Kelling Lighthouse.", "Kelling Lighthouse"),
]
NOT_SEEN = [
    "The woman in the final shots is Nadia Frost.",
    "The car in the final shot is the Corvell Mustang.",
]


def test_a_place_seen_in_the_shots_is_a_filming_place():
    found = [names(extract(sentence)) for sentence, _place in SEEN]
    assert found == [[place] for _sentence, place in SEEN]


def test_a_person_or_a_thing_in_the_shots_is_no_place():
    assert [names(extract(sentence)) for sentence in NOT_SEEN] == [[], []]
