"""The voice or the singer heard "on it" or "on screen", an aside in dashes before
the verb or not, is the performer of the song named last; a player on screen who
is "played by" an actor, or a singer heard nowhere, is no credit. Every sentence
here is invented for the test."""

import pytest

from .test_credit_rules import tracks
from .test_discourse import extract

SONG = "The dance is set to “Velvet Ladder”."

HEARD = [
    "It was written by Tom Reed, and the lead voice on it is Kit Marsh.",
    "The singer on screen is Kit Marsh.",
    "And the singer on screen \u2014 and on the single \u2014 is Kit Marsh.",
]
NOT_HEARD = [
    "The guitarist on screen is played by Kit Marsh.",
    "The pianist at the party is Kit Marsh.",
]


@pytest.mark.parametrize("sentence", HEARD)
def test_a_voice_heard_on_it(sentence):
    assert tracks(extract(SONG, sentence))["Velvet Ladder"][1] == ["Kit Marsh"]


@pytest.mark.parametrize("sentence", NOT_HEARD)
def test_a_player_not_heard(sentence):
    assert tracks(extract(SONG, sentence))["Velvet Ladder"][1] == []
