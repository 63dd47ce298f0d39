"""A scene said to be done or made at a place, its noun followed by what it shows ("the
long shot of the rowers was done at X", "the big jump over the creek was done at X",
"the locomotive shots were made at X", "the tunnel scene afterwards was done in X").
Every sentence here is invented for the test."""

import pytest

from .test_place_rules import extract, names


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The long shot of the swimmers rounding the point was done at Porthcurno,"
            " a mile along the cliffs.",
            "Porthcurno",
        ),
        (
            "The tram shots were made at the Crich Tramway Village, where the old cars"
            " still run.",
            "Crich Tramway Village",
        ),
        ("The big jump over the weir was done at Aysgarth Falls.", "Aysgarth Falls"),
        (
            "The cellar scene afterwards was done in the Vaults of Leith.",
            "Vaults of Leith",
        ),
    ],
)
def test_a_scene_done_or_made_at_a_place(sentence, expected):
    assert expected in names(extract(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "The shots were made famous by Kubrick.",
        "The long shot of the rowers was done in 1978.",
    ],
)
def test_no_place_from_a_scene_made_famous_or_done_in_a_year(sentence):
    assert names(extract(sentence)) == []
