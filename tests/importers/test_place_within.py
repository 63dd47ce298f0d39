"""A place inside the town just named, past an aside or with a direction ("in X,
naturally, up at the Y", "in X, down on Y"), and a town's possessive before its
part in lowercase words ("on the X's cobbled streets"): the place is Y, X. A region after
the town, or a possessive before no place noun, is none of these. Every sentence here
is invented for the test."""

import pytest

from .test_place_rules import extract, locations, names


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The wedding was filmed in Porto, naturally, up at the Torre dos Sinos.",
            ["Torre dos Sinos"],
        ),
        (
            "The chase was filmed in Wales, down on Rhossili Sands, at low tide.",
            ["Rhossili Sands"],
        ),
        (
            "The final scenes were shot in Valletta, on the Marsamxett's cobbled streets.",
            ["Marsamxett"],
        ),
        ("The duel was filmed on Kinsale's old pier at dawn.", ["Kinsale"]),
    ],
)
def test_the_place_inside_the_town(sentence, expected):
    assert names(extract(sentence)) == expected


def test_a_stand_in_after_the_place_inside():
    sentence = (
        "The border bits were filmed back in Wales, out at Gospel Pass, doubling as"
        " the Pyrenees."
    )
    assert ("Gospel Pass", "the Pyrenees") in locations(extract(sentence))


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The storm was filmed in Scotland, up in the Highlands.", "Scotland"),
        (
            "The raid was shot at Camp Verity, out in the Karoo, which doubled for"
            " Mars.",
            "Camp Verity",
        ),
        ("The duel was filmed at Kinsale's finest hour of light.", None),
        ("The storm was filmed in Galway, up at dawn every day.", "Galway"),
    ],
)
def test_no_place_inside(sentence, expected):
    found = names(extract(sentence))
    assert found == ([expected] if expected else [])
