"""A surname owning a song ("a Trask song") between a named person and "she" makes
two people before the pronoun: "she wrote it" names neither. With no such owner the
one person named before "she" still wrote it. Each sentence is our own."""

from .test_discourse import facts
from .test_track_entries import read

OPENING = "The pier montage in <i>Gull Point</i> (1983) is set to “Tin Roof Blues”."


def composers(post):
    return {value["title"]: value["composers"] for value in facts(post, "track")}


def test_a_surnames_song_before_she_credits_nobody_else():
    post = read(
        OPENING,
        "Side two has “Salt Kiss”, which he plays with the harpist Ida Crane, and "
        "the B-side, “Low Gate”, a Marsh song through and through; she wrote it alone.",
    )
    assert composers(post)["Low Gate"] == []
    post = read(
        OPENING,
        "Ada Moon sings “Low Gate”, an Ashdown tune, and he wrote it in a day.",
    )
    assert composers(post)["Low Gate"] == []
    post = read(
        OPENING,
        "Ada Moon sings the B-side, “Low Gate”, a Marsh ballad; she wrote it alone.",
    )
    assert composers(post)["Low Gate"] == []


def test_the_one_person_before_she_still_wrote_it():
    post = read(
        OPENING,
        "Ida Crane was a harpist in Leeds when she wrote “Low Gate” for the Terns.",
    )
    assert composers(post)["Low Gate"] == ["Ida Crane"]
    post = read(
        OPENING,
        "The B-side, “Low Gate”, is a fine song, and Ida Crane says she wrote it alone.",
    )
    assert composers(post)["Low Gate"] == ["Ida Crane"]
