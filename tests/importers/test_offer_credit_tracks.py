"""The credit reader run again over the titles only a track suggestion holds
(offer_credit_tracks): "A sang it" after a quoted title no block holds offers A's
credit with that title, as a suggestion, never a block. Each sentence is our own."""

import pytest

from .test_discourse import extract, facts
from .test_offer_credits import TITLE, offers

FILM = "I rewatched <i>Gull Point</i> (1983) last night."
SONG = f"The lighthouse cue, “{TITLE}”, is barely a minute long."


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("Years on, the composer Ludo Penhallow still hums it.", "Ludo Penhallow"),
        ("The songwriter, Marigold Stace, hated it by the end.", "Marigold Stace"),
        ("Music and words for it: Tobin Fairweather, a cook.", "Tobin Fairweather"),
        ("As for it, the lyricist was Perran Vosper.", "Perran Vosper"),
    ],
)
def test_a_writer_of_a_suggested_title_is_offered(sentence, name):
    post = extract(FILM, SONG, sentence)
    assert ([name], []) in offers(post)


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("It is sung, rather shakily, by Corin Maddern.", "Corin Maddern"),
        ("For it the vocals are by Edna Pascoe.", "Edna Pascoe"),
        ("Its vocalist: Hesper Quayle, aged sixteen.", "Hesper Quayle"),
    ],
)
def test_a_singer_of_a_suggested_title_is_offered(sentence, name):
    post = extract(FILM, SONG, sentence)
    assert ([], [name]) in offers(post)


@pytest.mark.parametrize(
    "sentence",
    [
        "Gwen Tallack directed it with a light hand.",
        "The producer Ambrose Kitto loved it.",
        "It was filmed in Penwith Cove, near Zennor Head.",
    ],
)
def test_no_offer(sentence):
    post = extract(FILM, SONG, sentence)
    assert offers(post) == []


def test_the_offer_is_a_suggestion_not_a_block():
    post = extract(FILM, SONG, "It is sung, rather shakily, by Corin Maddern.")
    assert offers(post)
    assert all(track["title"] != TITLE for track in facts(post, "track"))
