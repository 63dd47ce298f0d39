"""An act named by what it calls itself, after the song's title in the same
sentence ("“X” ... and it is by a band called the Rookeries", "the sleeve puts it
down to a group called Rookery Lane", "played by a trio who called themselves the
Rookeries"), performs the song; a band called so as a thing talked about, a cover,
or a denial credits no one. Each sentence is our own."""

import pytest

from .test_discourse import extract, facts

FILM = "The film is <i>Gull Point</i> (1983)."


def performers(post):
    return [value["performers"] for value in facts(post, "track")]


@pytest.mark.parametrize(
    ("said", "act"),
    [
        (
            "The tune under the regatta is called “Tin Heron” and it is by a band "
            "called The Rookeries.",
            "The Rookeries",
        ),
        (
            "Over the closing titles you hear “Tin Heron”, and the sleeve puts it "
            "down to a group called Rookery Lane.",
            "Rookery Lane",
        ),
        (
            "At the harvest dance the fiddles strike up “Tin Heron”, played by a "
            "wedding trio who called themselves the Larches.",
            "the Larches",
        ),
    ],
)
def test_an_act_named_by_what_it_calls_itself_plays_the_song(said, act):
    assert performers(extract(FILM, said)) == [[act]]


@pytest.mark.parametrize(
    "said",
    [
        "Over the closing titles you hear “Tin Heron”, which was covered years later "
        "by a band called the Rookeries.",
        "Over the closing titles you hear “Tin Heron”. My uncle drummed in a band "
        "called the Rookeries.",
        "Over the closing titles you hear “Tin Heron”, which is not by a band called "
        "the Rookeries, whatever the internet says.",
    ],
)
def test_a_cover_a_denial_or_a_band_talked_about_credits_no_one(said):
    assert performers(extract(FILM, said)) == [[]]
