"""Who performs a song, however the sentence is shaped: a plural act in the present
("the Gannets sing “X”"), a song's noun in apposition before its credits ("“X”, an
instrumental composed by A and played by B"), and the record named between the verb
and "by" ("played on the soundtrack by B"). Every sentence here is invented for the
test."""

import pytest

from .test_credit_rules import tracks
from .test_discourse import extract

SONG = "The montage is cut to “Pier Lamps”."


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Underneath it the Gannet Sisters sing “Pier Lamps”.", ["Gannet Sisters"]),
        (
            "Over the last shots the Tin Fiddles perform “Pier Lamps”, live.",
            ["Tin Fiddles"],
        ),
        ("Dee Carraway and Tom Lane sing it together.", ["Dee Carraway", "Tom Lane"]),
        # Traps: a crowd or "they" singing along is no performer.
        ("Fans sing “Pier Lamps” at every Gannet Sisters gig.", []),
        ("At Celtic Park they sing “Pier Lamps” every week.", []),
    ],
)
def test_a_plural_act_in_the_present_performs_it(sentence, expected):
    assert tracks(extract(SONG, sentence))["Pier Lamps"][1] == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The piece is “Pier Lamps”, an instrumental composed by Viktor Hall and "
            "played by Grete Solberg.",
            (["Viktor Hall"], ["Grete Solberg"]),
        ),
        (
            "The montage runs to “Pier Lamps”, a slow ballad written by Viktor Hall "
            "and sung by Grete Solberg.",
            (["Viktor Hall"], ["Grete Solberg"]),
        ),
        (
            "We hear “Pier Lamps” — a jaunty waltz recorded by Grete Solberg in 1961.",
            ([], ["Grete Solberg"]),
        ),
        # Trap: a song made famous by someone is not said to be sung by them.
        ("We hear “Pier Lamps”, a song made famous by Grete Solberg.", ([], [])),
    ],
)
def test_a_song_noun_in_apposition_leads_to_its_credits(sentence, expected):
    assert tracks(extract(sentence)) == {"Pier Lamps": expected}


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The piece is “Pier Lamps”, composed for the film by Viktor Hall and "
            "played on the soundtrack by Grete Solberg.",
            (["Viktor Hall"], ["Grete Solberg"]),
        ),
        (
            "The montage runs to “Pier Lamps”. It was sung on the original record by "
            "Grete Solberg.",
            ([], ["Grete Solberg"]),
        ),
        (
            "The montage runs to “Pier Lamps”, performed on the film's soundtrack by "
            "Grete Solberg, written by Viktor Hall.",
            (["Viktor Hall"], ["Grete Solberg"]),
        ),
        # Trap: played on the radio is someone playing the record.
        (
            "The montage runs to “Pier Lamps”. It was played on the radio by Grete "
            "Solberg every night.",
            ([], []),
        ),
    ],
)
def test_the_record_between_the_verb_and_by(sentence, expected):
    assert tracks(extract(sentence)) == {"Pier Lamps": expected}
