"""A song said to be its singer's own ("A's own instrumental “X”", "“X”, A: her own
song") was written by them too; not in a denial, nor when the sentence names two
songs or two singers. Every sentence here is invented for the test."""

import pytest

from .test_credit_rules import tracks
from .test_discourse import extract

INTRO = "The dance in Hay Moon (1984) is set to “Tin Lantern”."

OWN = {
    "It is on the soundtrack too, as is Orr's own instrumental “Salt Hymn”.": (
        ["Orr"],
        ["Orr"],
    ),
    "<ul><li><b>“Salt Hymn”</b>, Cora Lusk: her own song, words and music</li></ul>": (
        ["Cora Lusk"],
        ["Cora Lusk"],
    ),
    "Next, Ned Orr's “Salt Hymn”, his very own composition and a slow one.": (
        ["Ned Orr"],
        ["Ned Orr"],
    ),
}


@pytest.mark.parametrize("sentence", OWN)
def test_a_singers_own_song_is_theirs_to_write(sentence):
    assert tracks(extract(INTRO, sentence))["Salt Hymn"] == OWN[sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ned Orr's “Salt Hymn” is not his own song, whatever the sleeve says.",
        "Ned Orr's “Salt Hymn” and Cora Lusk's “Sea Glass”, each their own song.",
    ],
)
def test_no_writer_from_a_denial_or_two_songs(sentence):
    assert tracks(extract(INTRO, sentence))["Salt Hymn"][0] == []
