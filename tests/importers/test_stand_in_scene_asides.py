"""A scene set out before a stand-in, in an aside that ends in a place's name: the name
is the stand-in, not the scene ("The chase, a run down X, which stands in for Y"). Every
sentence here is invented for the test."""

import pytest

from .test_place_rules import extract, locations


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The montage, the pair of them serving drinks in a bar on Kessel Street, "
            "which is standing in for downtown Tulsa, runs on a loop.",
            [("Kessel Street", "downtown Tulsa")],
        ),
        (
            "The chase, a sprint down Harrowgate Road, which stands in for Chicago, is "
            "the best bit.",
            [("Harrowgate Road", "Chicago")],
        ),
        (
            "My favourite scene, the picnic on Brambleford Common, which doubled for "
            "Central Park, still makes me cry.",
            [("Brambleford Common", "Central Park")],
        ),
    ],
)
def test_the_place_ending_a_scene_aside_is_the_stand_in(sentence, expected):
    assert locations(extract(sentence)) == expected


# Traps: a name before the aside keeps it ("X, the village above Y, which"); a place
# noun before the aside is what the aside describes ("the old mill, the one near Y").
@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Portmeirion, the village above Tremadog Bay, which stood in for an Italian "
            "town in the film, is busy.",
            [("Portmeirion", "an Italian town")],
        ),
        (
            "They filmed at the old mill, the one near Ludlow, which doubled for a "
            "Yorkshire mill.",
            [],
        ),
    ],
)
def test_an_aside_after_a_name_or_a_place_noun_is_kept(sentence, expected):
    assert locations(extract(sentence)) == expected


# A remark before an aside that places a name ("It is, in fact, on X, standing in for
# Y") is no name: the aside's name is the stand-in.
@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The bank is meant to be on Wall Street in the film. It is, in fact, on "
            "Tolliver Street in Toronto, standing in for Wall Street.",
            [("Tolliver Street", "Wall Street")],
        ),
        (
            "The diner is meant to be in Ohio in the film. It sits, as it happens, on "
            "Queen Street in Hamilton, which stands in for Main Street in Dayton.",
            [("Queen Street", "Main Street in Dayton")],
        ),
        (
            "The shop in the film is, in reality, down on Marlowe Avenue, which plays a "
            "Chicago high street.",
            [("Marlowe Avenue", "a Chicago high street")],
        ),
    ],
)
def test_the_place_after_a_remark_is_the_stand_in(sentence, expected):
    assert locations(extract(sentence)) == expected


# Traps: "there" before the aside, a place noun before it.
@pytest.mark.parametrize(
    "sentence",
    [
        "The film was shot there, high above Tremadog Bay, which played an Italian town.",
        "They filmed at the old pier, just past Ludlow, which doubled for a Brighton pier.",
    ],
)
def test_no_stand_in_from_an_aside_after_there_or_a_place_noun(sentence):
    found = [name for name, _ in locations(extract(sentence))]
    assert "Tremadog Bay" not in found and "Ludlow" not in found
