"""A name given after a short indefinite phrase ("a church choir credited only as
the Elm Street Voices", "a pair of studio hands, A and B") is the one credited; a
phrase that gives no name, or breaks off first, credits no one. Every sentence here
is invented for the test."""

import pytest

from .test_credit_rules import tracks
from .test_discourse import extract

SONG = "The montage runs to “Velvet Ladder”."

# (sentence, writers, performers)
NAMED = [
    (
        "It is sung by a church choir credited only as the Elm Voices.",
        [],
        ["Elm Voices"],
    ),
    (
        "It is played by a string group calling itself the Harewood Consort.",
        [],
        ["Harewood Consort"],
    ),
    ("It was played by a session trio billed as the Tin Men.", [], ["Tin Men"]),
    (
        "It was written by a pair of studio hands, Tom Reed and Ann Lowe.",
        ["Tom Reed", "Ann Lowe"],
        [],
    ),
]
# Traps: the naming words give no name; the phrase breaks off at "and".
UNNAMED = [
    "It was played by a band known as the best in Leeds.",
    "It was played by a band and a choir credited as the Ferns.",
]


@pytest.mark.parametrize("sentence, writers, performers", NAMED)
def test_a_name_given_after_a_phrase(sentence, writers, performers):
    assert tracks(extract(SONG, sentence))["Velvet Ladder"] == (writers, performers)


@pytest.mark.parametrize("sentence", UNNAMED)
def test_a_phrase_that_names_no_one(sentence):
    assert tracks(extract(SONG, sentence))["Velvet Ladder"][1] == []
