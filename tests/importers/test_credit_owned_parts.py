"""A part of a song named as someone's in apposition to its title (credit_owned_parts):
"“X”, A's vocal" (A sings it), "“X”: A's voice, B's tune" (B wrote it), "“X” — A's
lyric, B's melody", "“X”, A's co-write with B", "“X”, A's self-penned ballad". Not
when the possessive stands apart from the title, after a negation, or owns the song
as a whole ("A's song"). Every sentence here is invented for the test."""

import pytest

from .test_credit_rules import tracks
from .test_discourse import extract

TITLE = "Quince Harbour"


def credits(sentence):
    """``(composers, performers)`` of the song the sentence names."""
    return tracks(extract(sentence)).get(TITLE, ([], []))


@pytest.mark.parametrize(
    "sentence",
    [
        "The lighthouse montage is cut to “Quince Harbour”, Odile Fenn's vocal over"
        " a lone harmonium.",
        "The wedding montage is cut to “Quince Harbour”: Odile Fenn's voice, and almost"
        " nothing else.",
        "The closing montage is set to “Quince Harbour” — Odile Fenn's lead vocal, recorded"
        " in one take.",
    ],
)
def test_a_voice_beside_the_title_is_its_singer(sentence):
    assert "Odile Fenn" in credits(sentence)[1]


@pytest.mark.parametrize(
    ("sentence", "writers"),
    [
        (
            "The lighthouse montage is cut to “Quince Harbour”: Ivy Tull's voice,"
            " Rafe Mallory's tune.",
            ["Rafe Mallory"],
        ),
        (
            "Then the ferry leaves to “Quince Harbour” by the Salt Lamps — Bram Osei's"
            " lyric, Rafe Mallory's melody.",
            ["Bram Osei", "Rafe Mallory"],
        ),
        (
            "The beach scene is cut to “Quince Harbour”, Bram Osei's co-write with"
            " Rafe Mallory, which Osei sings himself.",
            ["Bram Osei", "Rafe Mallory"],
        ),
        (
            "The reissue adds “Quince Harbour”, Rafe Mallory's self-penned lament"
            " from the closing scene.",
            ["Rafe Mallory"],
        ),
    ],
)
def test_words_or_a_tune_beside_the_title_are_its_writers(sentence, writers):
    assert credits(sentence)[0] == writers


@pytest.mark.parametrize(
    "sentence",
    [
        # a negation
        "The lighthouse montage is not cut to “Quince Harbour”, Odile Fenn's vocal"
        " from the demo.",
        # the possessive apart from the title
        "The lighthouse montage is cut to “Quince Harbour”, and later Odile Fenn's"
        " vocal returns over the ending.",
        # one word of a name nobody is credited under: a character
        "The lighthouse montage is cut to “Quince Harbour”, Odile's voice cracking"
        " on the radio.",
    ],
)
def test_no_singer_from_a_voice_apart_or_denied(sentence):
    assert "Odile Fenn" not in credits(sentence)[1]
    assert "Odile" not in credits(sentence)[1]


@pytest.mark.parametrize(
    "sentence",
    [
        # whose record it is, not who wrote it
        "The lighthouse montage is cut to “Quince Harbour”, Rafe Mallory's song from"
        " the year before.",
        "The lighthouse montage is cut to “Quince Harbour”, Rafe Mallory's record"
        " of the month.",
        # another song's tune
        "The lighthouse montage is cut to “Quince Harbour”, though Rafe Mallory's"
        " tune for the next scene is better.",
    ],
)
def test_no_writer_from_a_whole_song_or_a_part_apart(sentence):
    assert "Rafe Mallory" not in credits(sentence)[0]
