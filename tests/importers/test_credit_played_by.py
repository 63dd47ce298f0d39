"""Who performs a song, however the sentence is shaped: a plural act in the present
("the Gannets sing “X”"), a song's noun in apposition before its credits ("“X”, an
instrumental composed by A and played by B"), and the record named between the verb
and "by" ("played on the soundtrack by B"). Every sentence here is invented for the
test."""

import pytest

from .test_credit_rules import tracks
from .test_discourse import extract, facts

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


# credit_played_by: the names after "played by" perform the song quoted last
# before it in the sentence; a part, a character, another quote or a semicolon
# between, or a radio station credits no one.
FILM = "The film is <i>Gull Point</i> (1983)."


def performers(post):
    return {value["title"]: value["performers"] for value in facts(post, "track")}


@pytest.mark.parametrize(
    "sentence, players",
    [
        (
            "“Tin Heron”, the slow theme, composed by Ana Kell and played by the "
            "Harwell Orchestra.",
            ["Harwell Orchestra"],
        ),
        (
            "The instrumental “Tin Heron” drifts in, once more a Kell composition, "
            "played by the Dunmore Strings.",
            ["Dunmore Strings"],
        ),
        (
            "The closing theme is “Tin Heron”: by Ana Kell, played by the Kell Quartet.",
            ["Kell Quartet"],
        ),
        (
            "Its other instrumental theme, “Tin Heron”, was also Kell's, played by "
            "the Osprey Players.",
            ["Osprey Players"],
        ),
    ],
)
def test_the_players_after_the_title_perform_it(sentence, players):
    assert performers(extract(FILM, sentence)).get("Tin Heron") == players


@pytest.mark.parametrize(
    "sentence",
    [
        "During “Tin Heron” we see Tom, played by Ben Ash, rowing.",
        "“Tin Heron” runs under the scene; the boy is played by Ben Ash.",
        "“Tin Heron” was the song whose villain role is played by Ben Ash.",
        "“Tin Heron”, a tune by Ana Kell, was played by Radio Gullhaven all summer.",
    ],
)
def test_no_part_character_or_station_performs_it(sentence):
    assert "Ben Ash" not in performers(extract(FILM, sentence)).get("Tin Heron", [])
    assert "Radio Gullhaven" not in performers(extract(FILM, sentence)).get(
        "Tin Heron", []
    )
