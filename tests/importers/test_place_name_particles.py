"""Lowercase particles inside Dutch and German place names ("Wijk aan Zee", "Bergen
op Zoom", "Rothenburg ob der Tauber") keep the name whole. Every sentence here is
invented for the test."""

import pytest

from .test_place_rules import extract, locations


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The crew filmed the match at Wijk aan Zee, which stood in for Reykjavik.",
            [("Wijk aan Zee", "Reykjavik")],
        ),
        (
            "The canal scenes were filmed at Bergen op Zoom, which played Amsterdam.",
            [("Bergen op Zoom", "Amsterdam")],
        ),
        (
            "The square was shot in Rothenburg ob der Tauber, which played a Bavarian "
            "town.",
            [("Rothenburg ob der Tauber", "a Bavarian town")],
        ),
    ],
)
def test_a_place_name_with_particles_is_whole(sentence, expected):
    assert locations(extract(sentence)) == expected


# Traps: a person's "van der" joins no place; a lowercase word after a town is no
# particle.
@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Jan van der Berg wrote it, and the film was shot in Leeds.",
            [("Leeds", "")],
        ),
        ("The film was shot in Leeds over the winter.", [("Leeds", "")]),
    ],
)
def test_no_particle_joins_a_person_or_a_plain_word(sentence, expected):
    assert locations(extract(sentence)) == expected
