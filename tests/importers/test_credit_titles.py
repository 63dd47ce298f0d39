"""A rank or an office before a whole name ("Pipe Major Ewan Dalgleish", "the
Reverend Ada Moss", "Professor Lien Ho") is no part of the credited name; a title
the person is known by ("Sir Hollis Brack"), one before a single word ("Captain
Lullaby") or before an act's name stays. Every sentence here is invented for the
test."""

import pytest

from .test_credit_rules import tracks
from .test_discourse import extract

SONG = "The montage is cut to “Paper Lighthouse”."

FOUND = [
    ("It was composed by Pipe Major Ewan Dalgleish.", "Ewan Dalgleish"),
    ("It was written by the Reverend Ada Moss.", "Ada Moss"),
    ("It was written by Professor Lien Ho in 1971.", "Lien Ho"),
    ("It was composed by Maestro Dario Fenn.", "Dario Fenn"),
]


@pytest.mark.parametrize("sentence, name", FOUND)
def test_a_rank_before_a_whole_name(sentence, name):
    assert tracks(extract(SONG, sentence))["Paper Lighthouse"][0] == [name]


# Traps: a knight's title; a rank before one word, an act's name; an act's band.
KEPT = [
    ("It was written by Sir Hollis Brack.", 0, "Sir Hollis Brack"),
    ("It was sung by Captain Lullaby.", 1, "Captain Lullaby"),
    ("It was sung by Major Arcana Strings.", 1, "Major Arcana Strings"),
]


@pytest.mark.parametrize("sentence, role, name", KEPT)
def test_a_title_kept(sentence, role, name):
    assert tracks(extract(SONG, sentence))["Paper Lighthouse"][role] == [name]
