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
