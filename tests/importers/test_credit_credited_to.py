"""A record credited to one act: the name after "credited to" (and the one after
"featuring") performs the song named just before; a credit of a part, "A alone" or
two names credit no performer. Each sentence is our own."""

import pytest

from .test_discourse import extract, facts

SONG = "The film is <i>Gull Point</i> (1983). The song over the regatta is “Tin Heron”."


def performers(post):
    return {value["title"]: value["performers"] for value in facts(post, "track")}


@pytest.mark.parametrize(
    "sentence, players",
    [
        (
            "“Tin Heron” is credited to Ana Kell featuring Bo Lund.",
            ["Bo Lund", "Ana Kell"],
        ),
        (
            "“Tin Heron” was credited to the Osprey Players, though nobody saw them.",
            ["Osprey Players"],
        ),
        (
            "On the single it was credited to Marta Quell, who wrote it with Bo Lund.",
            ["Marta Quell"],
        ),
    ],
)
def test_the_act_a_record_is_credited_to_performs_it(sentence, players):
    assert performers(extract(SONG, sentence))["Tin Heron"] == players


@pytest.mark.parametrize(
    "sentence",
    [
        "“Tin Heron”, credited to Ana Kell alone, is the better tune.",
        "The lyric of “Tin Heron” is credited to Ana Kell.",
        "“Tin Heron” is credited to Ana Kell and Bo Lund, who met at a ferry stop.",
        "Ana Kell wrote the first one, and “Tin Heron”, also credited to Kell, "
        "follows it.",
    ],
)
def test_a_writing_credit_names_no_performer(sentence):
    assert "Ana Kell" not in performers(extract(SONG, sentence))["Tin Heron"]
