"""A word written only before a noun of a role and a name ("by Hull outfit The
Sandpipers") describes that name, which is the one credited; an act written alone by
its last words ("the Revue") is the whole act the post names. Every sentence here is
invented for the test."""

import pytest

from .test_credit_rules import tracks
from .test_discourse import extract

SONG = "The montage is cut to “Paper Lighthouse”."


# (sentence, the one credited, the word that only describes them)
DESCRIBED = [
    (
        "It was recorded by Hull outfit The Sandpipers in a week.",
        "The Sandpipers",
        "Hull",
    ),
    ("It was recorded by the Oslo band Fjellvind, who wrote it.", "Fjellvind", "Oslo"),
    ("Underneath it, Dundee trio The Lantern Men play it slow.", None, "Dundee"),
    ("It was sung by Norwegian singer Ida Strand.", "Ida Strand", "Norwegian"),
    ("It was played by Baltimore combo Nine Crows.", "Nine Crows", "Baltimore"),
]
# Traps: a band's name before a singer's role; a name written as a name elsewhere.
NAMED = [
    ("It was sung by Slackwater singer Ida Strand.", "Slackwater"),
    ("It was recorded by Corvid. Corvid band members rarely talk about it.", "Corvid"),
]


@pytest.mark.parametrize("sentence, name, description", DESCRIBED)
def test_a_word_describing_a_name(sentence, name, description):
    composers, performers = tracks(extract(SONG, sentence))["Paper Lighthouse"]
    assert description not in composers + performers
    assert name is None or name in performers


@pytest.mark.parametrize("sentence, name", NAMED)
def test_a_name_before_a_noun(sentence, name):
    assert name in tracks(extract(SONG, sentence))["Paper Lighthouse"][1]


REVUE = (
    "We played “Gravel Moon” loud. Ned Harlow wrote it; his band, the Harlow Family "
    "Revue, cut it in one take."
)


@pytest.mark.parametrize(
    "second, act",
    [
        (
            "There is “Tin Roof Blues”, which the Revue also recorded.",
            "Harlow Family Revue",
        ),
        # Trap: "Family Revue" opens a sentence of its own, a name as it is written.
        (
            "“Tin Roof Blues” was recorded by the Family Revue. Family Revue split.",
            "Family Revue",
        ),
    ],
)
def test_an_act_written_by_its_last_words(second, act):
    assert tracks(extract(REVUE, second))["Tin Roof Blues"][1] == [act]
