"""Filming places after any preposition of place ("under", "through"), past "for
real", "the shore of X", names ending in a lowercase "bus garage", and a filming
phrase after a colon. Every sentence here is invented for the test."""

import pytest

from .test_place_rules import extract, locations, names


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The video was filmed under Tanworth Viaduct in Leeds.", ["Tanworth Viaduct"]),
        ("The chase was shot beneath the Orwell Bridge.", ["Orwell Bridge"]),
        (
            "The desert scenes were shot on the track through the Velvet Dunes.",
            ["Velvet Dunes"],
        ),
        ("The duel was shot for real on Carver Street in Reno.", ["Carver Street"]),
        ("The picnic was filmed on the shore of Loch Tarvie.", ["Loch Tarvie"]),
        # Trap: the shore of a lake named as the region of a park before it.
        (
            "The rides were filmed at Pellow Beach Park on the Quebec shore of Lake"
            " Mirren.",
            ["Pellow Beach Park"],
        ),
    ],
)
def test_places_after_other_prepositions(sentence, expected):
    assert names(extract(sentence)) == expected


def test_a_name_ending_in_bus_garage_is_whole():
    post = extract(
        "The depot scenes were shot at Marston bus garage, which in the film plays"
        " a depot in York."
    )
    assert locations(post) == [("Marston bus garage", "a depot in York")]


def test_a_colon_ends_the_clause_of_a_sleeve():
    post = extract("From the sleeve notes: the video was filmed at Harwick Quay.")
    assert names(post) == ["Harwick Quay"]


def test_a_cover_shot_after_a_colon_is_still_no_place():
    assert names(extract("The cover photo: shot at Brimham Crags.")) == []


def test_a_station_named_with_its_lowercase_head_plays_another():
    post = extract("They filmed on a preserved line. Marsden station played Wick Halt.")
    assert locations(post) == [("Marsden station", "Wick Halt")]


def test_a_described_pier_keeps_its_name_alone():
    post = extract(
        "They filmed on the coast. The old Harlow Street pier was dressed as a pier"
        " in Ohio."
    )
    assert locations(post) == [("Harlow Street", "a pier in Ohio")]


def test_the_railway_a_station_is_on_is_no_place_inside_it():
    post = extract(
        "The war scenes were done at Ferring Cross, on the Downland Railway, which"
        " stood in for a station in Kent."
    )
    assert locations(post) == [("Ferring Cross", "a station in Kent")]


def test_a_named_part_after_the_town_is_still_the_place():
    post = extract("The war scenes were shot in Ferring, at the Corn Exchange.")
    assert names(post) == ["Corn Exchange"]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The quay scenes were filmed at Selby Wharf, which stood in for the port"
            " of Danzig.",
            [("Selby Wharf", "the port of Danzig")],
        ),
        (
            "The quay scenes were filmed at Selby Wharf, which stood in for the town"
            " of Fallow Creek.",
            [("Selby Wharf", "Fallow Creek")],
        ),
    ],
)
def test_the_port_of_a_town_is_a_part_of_it(sentence, expected):
    assert locations(extract(sentence)) == expected
