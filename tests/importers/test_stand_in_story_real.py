"""The story's place said first, then the real one with "it": "It's meant to be Y,
but it's X", "In the story it's Y; it was actually X", "It calls its hotel Y; it is
in fact X". And the labels of a spec sheet's list after such a sentence are no
places. Every sentence here is invented for the test."""

import pytest

from .test_place_rules import extract, locations


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        (
            (
                "It's meant to be Provence, but it's Snowshaw, up in the Cotswolds, at "
                "the lavender farm.",
            ),
            [("Snowshaw", "Provence")],
        ),
        (
            (
                "The bay is supposed to be Cornwall, but it's really Porth Dinas, on the Llyn.",
            ),
            [("Porth Dinas", "Cornwall")],
        ),
        (
            (
                "In the story it's a Boston courthouse; it was actually the Kelso "
                "Courthouse in Ashby.",
            ),
            [("Kelso Courthouse", "a Boston courthouse")],
        ),
        (
            (
                "The film was shot on the coast. It calls its hotel the Grand Meridian; "
                "it is in fact the Harbour Hotel in Eastmouth.",
            ),
            [("Harbour Hotel", "the Grand Meridian")],
        ),
    ],
)
def test_the_story_place_then_the_real_one(paragraphs, expected):
    assert locations(extract(*paragraphs)) == expected


# Traps: a person's flat, a person for a person, a name's possession.
@pytest.mark.parametrize(
    "sentence",
    [
        "It's meant to be Paris, but it's Tom Hale's flat really.",
        "In the film it's Tom; it was really Harry in the suit.",
        "It's meant to be Provence, but it's Snowshaw's honey that wins.",
    ],
)
def test_no_stand_in_from_people_or_things(sentence):
    assert locations(extract(sentence)) == []


def test_a_spec_sheet_list_after_a_stand_in_has_no_places():
    post = extract(
        "The desert is meant to be Arizona, but it's the Tabernas Desert in Almería, "
        "and the car came back with salt in the sills.",
        "<ul><li>Sills: cut out and replaced</li><li>Engine: rebuilt</li>"
        "<li>Paint: Corinthian White</li></ul>",
    )
    assert locations(post) == [("Tabernas Desert", "Arizona")]


def test_a_list_of_towns_by_their_names_stays():
    post = extract(
        "The film was shot in three towns.",
        "<ul><li>Ashby: the market scenes</li><li>Dunmore: the harbour</li>"
        "<li>Harwick: the chase</li></ul>",
    )
    assert [name for name, _ in locations(post)] == ["Ashby", "Dunmore", "Harwick"]
