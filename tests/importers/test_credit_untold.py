"""A title nothing had said was a song, then a credit with "it" ("A wrote it", "B
played it"): the title is a song and the names its credits. And a band named with
"the" that plays "it" as a clause of its own performs it. Every sentence here is
invented for the test."""

import pytest

from .test_credit_rules import tracks
from .test_discourse import extract


@pytest.mark.parametrize(
    "first, second, expected",
    [
        (
            "Rain on the windscreen, and “Long Grey Mile” on the wireless.",
            "Ada Hume wrote it; she sang it too.",
            (["Ada Hume"], ["Ada Hume"]),
        ),
        (
            "What you hear over the ferry scene is “Long Grey Mile”.",
            "Composed it, Ben Roe did not: Ada Hume composed it.",
            (["Ada Hume"], []),
        ),
        (
            "The dance is set to “Long Grey Mile”, of all things.",
            "Cora Lind sings it, and she co-wrote it with Ben Roe.",
            (["Cora Lind", "Ben Roe"], ["Cora Lind"]),
        ),
    ],
)
def test_a_credit_makes_the_title_before_a_song(first, second, expected):
    assert tracks(extract(first, second))["Long Grey Mile"] == expected


@pytest.mark.parametrize(
    "first, second",
    [
        # Traps: a book, and an album, credited with "it".
        (
            "The film is based on the novel “Long Grey Mile”.",
            "Ada Hume wrote it.",
        ),
        (
            "They all bought her album “Long Grey Mile”.",
            "Ada Hume recorded it in 1970.",
        ),
    ],
)
def test_a_credit_of_a_book_or_an_album_makes_no_song(first, second):
    assert tracks(extract(first, second)) == {}


SONG = "The song over the regatta is “Pier Lamps”."


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The Gannets played it. Nobody else ever has.", ["The Gannets"]),
        ("Ann Lee wrote it; the Tin Fiddles play it.", ["Tin Fiddles"]),
        (
            "The Night Owls Quartet plays it: four men from Cork.",
            ["The Night Owls Quartet"],
        ),
        # Traps: a station, a building standing in, a person at a fete.
        ("The station in Yarmouth played it every night.", []),
        ("The Grand Hotel plays it, badly lit.", []),
        ("At the fete Mrs Lee played it.", []),
    ],
)
def test_a_band_named_with_the_plays_it(sentence, expected):
    assert tracks(extract(SONG, sentence))["Pier Lamps"][1] == expected


@pytest.mark.parametrize(
    "first, second, expected",
    [
        (
            "On the jukebox that night was “Long Grey Mile”.",
            "Sung by Cora Lind, written by Ben Roe.",
            (["Ben Roe"], ["Cora Lind"]),
        ),
        (
            "Then the choir starts “Long Grey Mile”, and nobody breathes.",
            "The song was composed by Ben Roe.",
            (["Ben Roe"], []),
        ),
        (
            "Somebody had left “Long Grey Mile” on the turntable.",
            "Recorded by the Tin Fiddles; the tune is Ben Roe's.",
            ([], ["Tin Fiddles"]),
        ),
    ],
)
def test_a_passive_credit_makes_the_title_before_a_song(first, second, expected):
    assert tracks(extract(first, second))["Long Grey Mile"] == expected


@pytest.mark.parametrize(
    "first, second",
    [
        # Traps: a book, and a credit that is not the clause's own.
        ("We read the novel “Long Grey Mile” at school.", "Written by Ada Hume."),
        ("The café is called “Long Grey Mile”.", "Its menu was written by Ada Hume."),
        ("The tagline was “Long Grey Mile”.", "It was written by Ada Hume."),
        ("The play was “Long Grey Mile”.", "Written by Ada Hume, in one week."),
    ],
)
def test_a_passive_credit_of_no_song_makes_none(first, second):
    assert tracks(extract(first, second)) == {}
