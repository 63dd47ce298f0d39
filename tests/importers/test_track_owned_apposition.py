"""A quoted title in apposition with a name's piece of music ("“X”, Esme Tallow's
self-penned ballad heard over the closing scene"): a track, as with "a ballad"."""

import pytest

from .test_discourse import extract, titles


@pytest.mark.parametrize(
    "sentence",
    [
        "The box set restores “Rope Ladder”, Ines Marlow's self-penned ballad heard"
        " over the closing scene.",
        "Over the ferry scene plays ‘Rope Ladder’, the Quayside Band's slow waltz.",
        "Then the montage cuts to “Rope Ladder” \u2014 Ines Marlow's piano lullaby.",
    ],
)
def test_a_names_piece_of_music_beside_a_title_makes_it_a_track(sentence):
    assert titles(extract(sentence)) == ["Rope Ladder"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The box set adds “Rope Ladder”, Ines Marlow's other ballad from that winter,"
        " which is not in the film.",
        "Critics in the film pages quoted “Rope Ladder”, Ines Marlow's piece in the"
        " Sunday paper.",
    ],
)
def test_another_ballad_or_a_piece_of_writing_is_no_track(sentence):
    assert titles(extract(sentence)) == []
