"""A bare name answering a question about a scene's place, with what follows its
comma saying more of the place ("And the harbour warehouses? X, in Hamburg.", "The
loch where the boat sinks? X, about as far from Y as you can get."). Every sentence
here is invented for the test."""

import pytest

from .test_place_rules import extract, names


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        ("And the cliff-top chase? Carn Galver, in Cornwall.", "Carn Galver"),
        (
            "The loch where the boat sinks? Loch Arkaig, about as far from Glasgow as"
            " you can get.",
            "Loch Arkaig",
        ),
        (
            "The cellar scenes? Gwennap Pit, where half the village helped out.",
            "Gwennap Pit",
        ),
        ("And the harbour warehouses? Hafenstadt, in Bremen.", "Hafenstadt"),
    ],
)
def test_a_bare_answer_to_a_scene_question(paragraph, expected):
    assert expected in names(extract(paragraph))


@pytest.mark.parametrize(
    "paragraph",
    [
        "Where was it filmed? Not Oklahoma, mostly.",
        "And the dance scene? The Beatles, obviously.",
        "Where was it filmed? Kubrick, who hated it.",
    ],
)
def test_no_place_from_a_denial_a_band_or_a_person(paragraph):
    assert names(extract(paragraph)) == []
