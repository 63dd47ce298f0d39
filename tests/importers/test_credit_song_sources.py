"""An album named as where the song comes from ("It was the second single from
X", "the opening track on X") leaves "it" in the next sentence the song; an album
the sentence is about does not. Every sentence here is invented for the test."""

import pytest

from .test_credit_rules import tracks
from .test_discourse import extract

INTRO = "The dance in Hay Moon (1984) is set to “Tin Lantern”."


@pytest.mark.parametrize(
    "source",
    [
        "It was the second single from <i>Weatherglass</i>, their only album.",
        "It was the lead single off <i>Weatherglass</i> that spring.",
        "It became the opening track on <i>Weatherglass</i> a year later.",
    ],
)
def test_it_after_the_songs_album_is_the_song(source):
    post = extract(INTRO, source, "Cora Lusk wrote it with Ned Orr in a caravan.")
    assert tracks(post)["Tin Lantern"][0] == ["Cora Lusk", "Ned Orr"]


@pytest.mark.parametrize(
    "source",
    [
        "Their album <i>Weatherglass</i> came out that May.",
        "It was never a single, but <i>Weatherglass</i>, their album, sold well.",
    ],
)
def test_it_after_an_album_the_sentence_is_about_is_no_song(source):
    post = extract(INTRO, source, "Cora Lusk produced it with Ned Orr in a caravan.")
    assert tracks(post)["Tin Lantern"] == ([], [])
