"""A list item opening with a label that another list of the post also uses
("Parking:" under two stops of a scout's report, or a list sharing two labels with
another) is a form's field, not a place; a list of places under a filming heading
still names them. Every sentence here is invented for the test."""

import pytest

from .test_place_rules import extract, names

INTRO = "These are the places we shot the film in, from my old notes."


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                INTRO,
                "H: Site 1: Tintagel",
                "<ul><li>Scene: the castle duel</li><li>Parking: tight, coaches "
                "banned</li><li>Outcome: YES</li></ul>",
                "H: Site 2: Boscastle",
                "<ul><li>Scene: the harbour</li><li>Parking: fine</li>"
                "<li>Outcome: NO</li></ul>",
            ),
            [],
        ),
        # A label used once, in a list sharing two labels with another list.
        (
            (
                "Where we filmed the picture, by site.",
                "<ul><li>Scene: the mill</li><li>Weather: windy after noon</li>"
                "<li>Outcome: YES</li></ul>",
                "<ul><li>Scene: the ford</li><li>Outcome: NO</li></ul>",
            ),
            [],
        ),
        # One list of places, each with a note: the places stay.
        (
            (
                "H: Where it was filmed",
                "<ul><li>Padstow: the fish market</li><li>Polperro: the cliff walk</li>"
                "<li>Fowey: the ferry</li></ul>",
            ),
            ["Padstow", "Polperro", "Fowey"],
        ),
        # Two lists of places that share no label stay places.
        (
            (
                "H: Where it was filmed",
                "<ul><li>Looe: the boats</li><li>Mevagissey: the pier</li></ul>",
                "H: Where it was filmed, part two",
                "<ul><li>St Ives: the beach</li><li>Zennor: the church</li></ul>",
            ),
            ["Looe", "Mevagissey", "St Ives", "Zennor"],
        ),
        (
            (
                "H: Where it was filmed",
                "<ul><li>Bude: the sea pool</li><li>Clovelly: the slipway</li></ul>",
            ),
            ["Bude", "Clovelly"],
        ),
    ],
)
def test_a_label_of_a_form_is_no_place(paragraphs, expected):
    assert names(extract(*paragraphs)) == expected
