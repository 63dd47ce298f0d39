"""A place that played a described site after "It was filmed in Z" is a site in Z, so Z
is its region and no place of its own; a place that played a town, or a town said with
no site after it, leaves Z a place. Every sentence here is invented for the test."""

from .test_place_rules import extract, names

CASES = {
    (
        "It was filmed in Kellbridge.",
        "The tower block is Orrin Heights, doubling for a housing estate in Lyon.",
    ): ["Orrin Heights"],
    (
        "The montage was shot in Tarrow.",
        "The lobby is the Vell, playing the hotel lobby of the story.",
    ): ["Vell"],
    (
        "They filmed it in Carbury.",
        "The shop is the Hessel Building, standing in for a Viennese bakery.",
    ): ["Hessel Building"],
    # Traps: a place that played a town; no stand-in after the town at all.
    (
        "It was filmed in Kellbridge.",
        "Orrin, down the coast, stood in for a fishing village in Maine.",
    ): ["Kellbridge", "Orrin"],
    ("It was filmed in Tarrow.", "The weather was awful."): ["Tarrow"],
}


def test_a_site_that_played_a_site_lies_in_the_town_filmed():
    assert {key: names(extract(*key)) for key in CASES} == CASES
