"""What a place played: a described place goes on past "beyond", "over", "across" and
the like to the named place it lies from ("a bridge over the Tagus"), never ending on
the preposition; and an aside of position between the place and its stand-in verb
("X, between Y and Z, standing in for W") leaves X the place. Every sentence here is
invented for the test."""

import pytest

from .test_place_rules import extract, locations


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The desert scenes were shot in Almeria, which stands in for an unnamed"
            " frontier beyond the Caspian.",
            ("Almeria", "an unnamed frontier beyond the Caspian"),
        ),
        (
            "The last shot is the old viaduct at Ribblehead, doubling for a bridge"
            " over the Danube.",
            ("Ribblehead", "a bridge over the Danube"),
        ),
        (
            "They filmed the farm scenes in Alsace; Riquewihr played a village across"
            " the Rhine.",
            ("Riquewihr", "a village across the Rhine"),
        ),
    ],
)
def test_a_described_target_goes_on_to_the_place_it_lies_from(sentence, expected):
    assert expected in locations(extract(sentence))


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "It was shot around Tenby, which stood in for a Maine harbour over four"
            " closed Sundays.",
            ("Tenby", "a Maine harbour"),
        ),
        (
            "It was shot around Tenby, which stood in for a fishing town over the"
            " Christmas weekend.",
            ("Tenby", "a fishing town"),
        ),
    ],
)
def test_no_time_after_a_spatial_word(sentence, expected):
    assert expected in locations(extract(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "The shoot was in Almeria, which stands in for a frontier beyond.",
        "The shoot was in Ribblehead, doubling for a bridge over.",
        "The shoot was in Riquewihr, which played a village near.",
    ],
)
def test_no_target_that_ends_on_a_preposition(sentence):
    assert not [
        stood
        for _name, stood in locations(extract(sentence))
        if stood.endswith(("beyond", "over", "near"))
    ]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The chase was filmed on Calle Luna, between Sol and Mayor, standing in"
            " for Havana.",
            ("Calle Luna", "Havana"),
        ),
        (
            "We shot the diner scene at Rosie's Grill, opposite Union Station, which"
            " doubled for Chicago.",
            ("Rosie's Grill", "Chicago"),
        ),
        (
            "The film used Elm Row, facing Leith Walk, which played a Glasgow street.",
            ("Elm Row", "a Glasgow street"),
        ),
    ],
)
def test_a_position_aside_leaves_the_place_before_it(sentence, expected):
    assert expected in locations(extract(sentence))


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The film was shot in Leeds, in the Corn Exchange, which doubled for a"
            " Paris market.",
            ("Corn Exchange", "a Paris market"),
        ),
        (
            "It was shot around Harpers Ferry, which stands in for eastern Kentucky"
            " coal country.",
            ("Harpers Ferry", "eastern Kentucky coal country"),
        ),
    ],
)
def test_right_stand_ins_kept(sentence, expected):
    assert expected in locations(extract(sentence))
