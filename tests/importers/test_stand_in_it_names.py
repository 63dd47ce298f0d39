"""The place "it" stands for before "it's supposed to be" in the film is the name the
sentence gave before, past its town and state or an adverb ("The arcade is really X in
Rye, New York, but in the movie it's supposed to be Y"); without a word of the film, or
with no place named, there is none. Every sentence here is invented for the test."""

from .test_place_rules import extract, locations

RINK = (
    "The rink is really Orrin Lanes in Tarrow, Ohio, but in the movie it's supposed "
    "to be Coney Island."
)
PIER = (
    "The pier is actually Kell Pier in Brannoch, and in the film it's meant to be "
    "Atlantic City."
)
DINER = (
    "The diner is Vell's Diner in Carbury, Texas, but in the story it is supposed to "
    "be a roadhouse in Nevada."
)


def test_it_is_the_place_named_before_in_the_film():
    assert [locations(extract(text)) for text in (RINK, PIER, DINER)] == [
        [("Orrin Lanes", "Coney Island")],
        [("Kell Pier", "Atlantic City")],
        [("Vell's Diner", "a roadhouse in Nevada")],
    ]


def test_no_word_of_the_film_or_no_place_is_no_stand_in():
    sunny = "My sister lives in Tarrow, Ohio, and she says it's supposed to be sunny."
    secret = "In the movie it's supposed to be a secret, and nobody tells."
    assert locations(extract(sunny)) + locations(extract(secret)) == []
