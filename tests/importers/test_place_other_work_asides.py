"""A filming participle in an aside after another work ("the 2008 remake, filmed in
X") places that work, not the film. Every sentence here is invented for the test."""

import pytest

from .test_place_rules import extract, locations


@pytest.mark.parametrize(
    "sentence",
    [
        "Best avoided: the 2008 remake, filmed in Blackpool, which no one asked for.",
        "Then came the prequel, filmed at Gorran Quay, which nobody saw.",
        "Our film was made in 1990. There is also a spin-off, filmed at Gorran Quay in "
        "1999, which I skip.",
    ],
)
def test_an_aside_after_another_work_places_no_filming(sentence):
    assert locations(extract(sentence)) == []


# Traps: an aside after the film's own scene; "was filmed" after an aside that names a
# poster is the scene's.
@pytest.mark.parametrize(
    "sentence",
    [
        "The montage, filmed on Harwick Pier, runs under the song.",
        "The big scene, the one on the poster, was filmed on Harwick Pier.",
    ],
)
def test_the_scene_of_the_film_keeps_its_place(sentence):
    assert locations(extract(sentence)) == [("Harwick Pier", "")]
