"""A stand-in's subject "the pier", "the church" repeats the last word of a place's
name said in the sentence or the one before: that place played what follows. Every
sentence here is invented for the test."""

import pytest

from tests.importers.test_place_rules import extract, locations


@pytest.mark.parametrize(
    "sentences, expected",
    [
        (
            (
                "The last brawl happens at the Kelp Street Pier in Kowloon, and "
                "the pier plays a Lisbon waterfront for the climax.",
            ),
            [("Kelp Street Pier", "a Lisbon waterfront")],
        ),
        (
            (
                "That grey heap with the spire is St Olaf's Church. In the picture, "
                "the church played a Boston chapel.",
            ),
            [("St Olaf's Church", "a Boston chapel")],
        ),
        (
            (
                "The crew set up on the Ardmore Salt Flats, and in the night scenes "
                "the salt even played the surface of Mars.",
            ),
            [("Ardmore Salt Flats", "the surface of Mars")],
        ),
    ],
)
def test_the_noun_of_a_name_said_before_plays(sentences, expected):
    assert locations(extract(*sentences)) == expected


def test_a_song_that_plays_is_no_place():
    post = extract("The Harbour Song opens the film, and the song plays over the end.")
    assert locations(post) == []
