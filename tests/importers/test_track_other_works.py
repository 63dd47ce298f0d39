"""A title set beside a playlist or a podcast ("<i>X</i>, the playlist I've kept
since 2014") is no song, and a later "it" with chart numbers does not mean it; a
song recorded for a scene and "dropped in the edit" is not in the film. A title
beside "the playlist's opener" or left in the final cut stays a song. Each sentence
is our own."""

from wagtail_montage.importers.extraction.track_film_titles import described_film_at
from wagtail_montage.importers.extraction.track_words import DROPPED_RE

from .test_discourse import peaks, titles
from .test_track_entries import read

OPENING = "The pier montage in <i>Gull Point</i> (1983) is set to “Tin Roof Blues”."


def _at(text):
    start, end = text.index("\ue000"), text.index("\ue001") + 1
    return described_film_at(text, start, end)


def test_playlists_and_dropped_songs_are_not_tracks():
    assert _at(
        "the first track on \ue000Pier Songs\ue001, the playlist I've kept since 2014"
    )
    assert _at("I talked about it on \ue000Low Tide\ue001, my podcast, last week.")
    assert DROPPED_RE.search("was recorded for the scene and dropped in the edit")
    post = read(
        "Someone asked how I pick the first track on <i>Pier Songs</i>, the playlist I "
        "have kept since 2014.",
        "It crept to 41 on the Hot 100.",
    )
    assert titles(post) == []
    assert peaks(post) == []
    post = read(
        OPENING,
        "A second song, “Low Gate”, was recorded for the same scene and dropped in the "
        "edit.",
    )
    assert titles(post) == ["Tin Roof Blues"]


def test_songs_beside_those_words_stay_songs():
    assert not _at("\ue000Low Gate\ue001, the playlist's opener, is sung by Ada Moon.")
    assert not DROPPED_RE.search("and it was left in the final cut")
    post = read(
        OPENING, "“Low Gate”, which plays over the dance, was left in the final cut."
    )
    assert titles(post) == ["Tin Roof Blues", "Low Gate"]
