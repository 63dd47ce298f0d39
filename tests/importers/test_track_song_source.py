"""False blocks: the work a song comes from ("the closing ballad from “Y”") is no
song, so "The song was written by A" in the sentence after does not make it a
track with A's credit. The film's own title song ("the title song from “Y”") is
not this guard's. Every sentence here is invented for the test."""

import pytest

from wagtail_montage.importers.extraction.track_song_source import song_source_before

from .test_track_entries import facts, read


def titles(post):
    return [value["title"] for value in facts(post, "track")]


@pytest.mark.parametrize(
    "first, second",
    [
        (
            "We open with an old favourite, the closing ballad from “Marsh Lanterns”.",
            "The song was written by Ida Brannock and sung by Tom Vell.",
        ),
        (
            "A reader in Hull asked about the duet from “Marsh Lanterns”, last week.",
            "The song was sung by Tom Vell and written by Ida Brannock.",
        ),
        (
            "Pel Orrin's record, all those years ago, was their big number off “Marsh Lanterns”.",
            "The song was written by Ida Brannock.",
        ),
    ],
)
def test_the_work_a_song_comes_from_is_no_track(first, second):
    post = read(first, second)
    assert "Marsh Lanterns" not in titles(post)
    assert not any(
        "Ida Brannock" in value["composers"] for value in facts(post, "track")
    )


@pytest.mark.parametrize(
    "before",
    [
        "the end-title song from \u201c",
        "is the ballad from \u201c",
        "their big number off the album \u201c",
    ],
)
def test_the_cue_before_the_title(before):
    assert song_source_before(before, len(before) - 1)


@pytest.mark.parametrize(
    "before",
    [
        # Traps: the film's own title song, and a song heard in a scene.
        "the title song from \u201c",
        "the song in the dance scene, \u201c",
    ],
)
def test_traps_are_not_sources(before):
    assert not song_source_before(before, len(before) - 1)


def test_a_song_named_before_its_credit_is_still_a_track():
    post = read(
        "The dance hall scene is set to “Copper Tide”.",
        "The song was written by Ida Brannock.",
    )
    assert "Copper Tide" in titles(post)
