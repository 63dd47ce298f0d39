"""The lowercase Spanish articles inside a place's name ("Roque de los Muchachos",
"Playa de las Teresitas") keep the name whole; a lowercase "los" is no article
of a name outside one. Every sentence here is invented for the test."""

from .test_place_rules import extract, locations


def test_a_spanish_article_keeps_a_name_whole():
    observatory = extract(
        "The observatory scenes were shot at the Pico de los Vientos Observatory, "
        "standing in for a research station in Chile."
    )
    assert locations(observatory) == [
        ("Pico de los Vientos Observatory", "a research station in Chile")
    ]
    beach = extract(
        "The beach party was filmed at Playa de las Gaviotas, which played Acapulco."
    )
    assert locations(beach) == [("Playa de las Gaviotas", "Acapulco")]
    town = extract("They filmed the wedding in Villanueva de los Pinos.")
    assert locations(town) == [("Villanueva de los Pinos", "")]


def test_a_name_ends_before_words_that_join_no_name():
    # "and" after a name ends it: two places, not one.
    listed = extract("The chase was filmed in Calzada and Torrelobos.")
    assert locations(listed) == [("Calzada", ""), ("Torrelobos", "")]
    # A lowercase article with no capitalised word after it ends the name.
    ended = extract("The finale was shot at Cala Morena, los viejos said.")
    assert locations(ended) == [("Cala Morena", "")]
