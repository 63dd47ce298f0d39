"""A name the post puts after a word of place anywhere ("in Tenby", "near
Ballyvaughan", "around Kelso Wynd") is a place, so "Tenby played Seattle" is a town
playing a city, not an actor playing a part. Every sentence here is invented for the
test."""

import pytest

from .test_place_rules import extract, locations


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        (
            ("I grew up in Tenby.", "Years later, Tenby played Seattle."),
            ("Tenby", "Seattle"),
        ),
        (
            (
                "We met near Ballyvaughan one wet June.",
                "Ballyvaughan stands in for Vermont.",
            ),
            ("Ballyvaughan", "Vermont"),
        ),
        (
            (
                "Kelso Wynd is playing Edinburgh.",
                "The crew spent a week around Kelso Wynd.",
            ),
            ("Kelso Wynd", "Edinburgh"),
        ),
    ],
)
def test_a_name_placed_elsewhere_in_the_post_plays_a_place(paragraphs, expected):
    assert expected in locations(extract(*paragraphs))


@pytest.mark.parametrize(
    "paragraphs, name",
    [
        (("I wrote to Tom Reed.", "Tom Reed played Hamlet."), "Tom Reed"),
        (
            (
                "We drove out to a diner in Amboy.",
                "Later it was Bob's Garage in Amboy, playing a truck stop near Tulsa.",
            ),
            "Amboy",
        ),
    ],
)
def test_no_stand_in_for_a_person_or_the_town_of_a_site(paragraphs, name):
    assert all(
        found != name or not stood for found, stood in locations(extract(*paragraphs))
    )
