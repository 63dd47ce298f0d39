"""Someone named as playing an instrument on the song ("Tom Reed plays the accordion
on it") performs it; a name inside another subject, or an instrument played on
screen, is no credit. Every sentence here is invented for the test."""

import pytest

from .test_credit_rules import tracks
from .test_discourse import extract

SONG = "The montage uses “Velvet Ladder”, sung by Kit Marsh."


PLAYERS = [
    ("Tom Reed plays the accordion on it.", "Tom Reed"),
    ("Ann Lowe played the fiddle on the record.", "Ann Lowe"),
    ("It was a hit, and Ann Lowe also played the banjo on it.", "Ann Lowe"),
]
# Traps: a name inside another subject; played on screen.
NO_PLAYERS = [
    "The man who hired Tom Reed plays the piano on it.",
    "In the film, Tom Reed plays the piano on screen.",
]


def performers(sentence):
    return tracks(extract(SONG, sentence))["Velvet Ladder"][1]


@pytest.mark.parametrize("sentence, player", PLAYERS)
def test_a_player_named_on_the_song(sentence, player):
    assert performers(sentence) == ["Kit Marsh", player]


@pytest.mark.parametrize("sentence", NO_PLAYERS)
def test_no_player_named(sentence):
    assert performers(sentence) == ["Kit Marsh"]
