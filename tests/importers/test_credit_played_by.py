"""The names after "played by" perform the song quoted last before it in the same
sentence; a sentence about a part, a character's name before "played by", another
quote or a semicolon between, or a radio station credits no one. Each sentence is
our own."""

import pytest

from .test_discourse import extract, facts

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
