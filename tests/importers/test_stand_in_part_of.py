"""A named site after a part of it before a stand-in's relative clause ("shot in X,
among the stalls of the Y Market, which plays Z") is the place that played Z, in X;
a town's quarter with no article still names the town. Every sentence here is
invented for the test."""

from .test_place_rules import extract, locations

# Each sentence and the places it gives, with what they played.
SITES = {
    "The walk home was shot in Tarrow, among the stalls of the Wyebridge Market, "
    "which the film passes off as Naples.": [("Wyebridge Market", "Naples")],
    "The chase was filmed in Carbury, amid the ruins of Holm Abbey, which stood in "
    "for a monastery in Sicily.": [("Holm Abbey", "a monastery in Sicily")],
    "The duel was shot in Brannoch, among the arches of the Kell Viaduct, which "
    "played a bridge in Prague.": [("Kell Viaduct", "a bridge in Prague")],
}
# No named site after "of": the town is the place, or what played.
TOWNS = {
    "We shot in Tarrow, among the hills, and then drove home.": [("Tarrow", "")],
    "The dance was filmed in the old quarter of Brannoch, which played Lisbon.": [
        ("Brannoch", "Lisbon")
    ],
}


def test_a_site_after_a_part_of_it_is_what_played():
    assert {sentence: locations(extract(sentence)) for sentence in SITES} == SITES


def test_a_town_stays_without_a_named_site():
    assert {sentence: locations(extract(sentence)) for sentence in TOWNS} == TOWNS
