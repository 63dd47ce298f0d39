"""The site before the town or island it lies in or by, right before a stand-in's
comma ("the Villa Cimbrone up in Ravello, which plays Y", "Portree on the Isle of Skye,
which played Y") is the place that played Y; a river before "at", a town narrowed down
after a comma, or a lowercase thing before the town leaves the stand-in as it was.
Every sentence here is invented for the test."""

import pytest

from .test_place_rules import extract, locations


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The wedding lunch was staged on the terrace of the Villa Rufolo up in"
            " Scala, which in the film plays the Calabrian count's estate.",
            ("Villa Rufolo", "the Calabrian count's estate"),
        ),
        (
            "The harbour was Portree on the Isle of Skye, which played Harrow Bay.",
            ("Portree", "Harrow Bay"),
        ),
        (
            "The pit-head shots are Big Pit at Blaenavon, which played the Glynmoor"
            " colliery.",
            ("Big Pit", "the Glynmoor colliery"),
        ),
        (
            "The drive was filmed on the Moyenne Corniche above Villefranche, which"
            " stood in for the Ligurian coast.",
            ("Moyenne Corniche", "the Ligurian coast"),
        ),
    ],
)
def test_the_site_before_its_town_played_the_part(sentence, expected):
    found = locations(extract(sentence))
    assert expected in found
    town = {"Scala", "Isle of Skye", "Blaenavon", "Villefranche"}
    assert not [name for name, _ in found if name in town]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a river before "at": the town on it played the part
        (
            "The levee parade was shot on the Mississippi at Vicksburg, which played"
            " Memphis.",
            ("Vicksburg", "Memphis"),
        ),
        # a town narrowed down after a comma: the nearer name's
        (
            "The square was shot in Bath, in Widcombe, which played Soho.",
            ("Widcombe", "Soho"),
        ),
        # a lowercase thing before the town
        ("They shot the beach at Brora, which played Maine.", ("Brora", "Maine")),
    ],
)
def test_the_town_keeps_the_part_without_a_named_site(sentence, expected):
    assert expected in locations(extract(sentence))
