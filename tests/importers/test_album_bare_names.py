"""A run of capitals read bare after "album" that is a label's name ("the album
Harbour Lane Records put out") or a price ("the album AU$15") is no album's title;
a title in capitals there is still one."""

import pytest

from .test_discourse import extract, facts


def albums(post):
    return [value["title"] for value in facts(post, "album")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Her album Tin Pail Mornings came out in the spring and sold slowly.",
        "It is on his album Gravel and Gold, the one with the horse on the sleeve.",
        "Their LP Night Ferry to Skye was the only thing we played that summer.",
    ],
)
def test_a_title_in_capitals_after_the_album_is_still_read(sentence):
    assert len(albums(extract(sentence))) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "The album Harbour Lane Records hurried into the shops sank without trace.",
        "Her album Pebblemoor Recordings pressed in a hurry is a collector's item.",
        "Order the complete album AU$15 or more, shipping included.",
        "Get the whole album US$9 or pay what you like.",
    ],
)
def test_a_label_or_a_price_after_the_album_is_no_title(sentence):
    assert albums(extract(sentence)) == []
