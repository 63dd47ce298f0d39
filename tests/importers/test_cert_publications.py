"""A level a publication gave, named right after it ("a silver disc from <i>Spin</i>
magazine") is that publication's, a certifier not in the list, whatever listed
certifier the sentence names later; a listed certifier named right after the level
keeps it."""

import pytest

from .test_discourse import certifications, extract

SONG = "Pier Lamps"
SINGLE = f"“{SONG}” is a 1966 single by The Moorings, written by Edna Calloway."

FOUND = [
    (
        "silver",
        "The Moorings never got higher than number 14 in the UK, but the song won a "
        "silver disc from <i>Spin</i> magazine, back when the BPI handed out nothing "
        "of the kind.",
    ),
    (
        "gold",
        "The single earned a gold award from the Tidewater Weekly paper, though the "
        "BPI never certified anything of theirs.",
    ),
    (
        "silver",
        "It was given a silver record by “Beat Monthly” in 1967, years before the BPI "
        "counted sales.",
    ),
]


@pytest.mark.parametrize("level, sentence", FOUND)
def test_a_publications_award_is_its_own(level, sentence):
    assert certifications(extract(SINGLE, sentence)) == [(SONG, level, None, "other")]


def test_a_listed_certifier_after_the_level_keeps_it():
    post = extract(
        SINGLE,
        "That year the song got a silver disc from the BPI, as <i>Spin</i> reported "
        "at the time.",
    )
    assert certifications(post) == [(SONG, "silver", None, "bpi")]


def test_a_magazine_named_later_gives_nothing():
    post = extract(
        SINGLE,
        "The single was certified gold by the RIAA, and <i>Spin</i> magazine ran a "
        "cover story.",
    )
    assert certifications(post) == [(SONG, "gold", None, "riaa")]
