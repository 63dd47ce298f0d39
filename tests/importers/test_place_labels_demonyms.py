"""No place is a people's adjective alone ("the Maltese capital", "the Danish
capital", "the Parisian street") nor a numbered label of a collection ("Series 3",
"Box 12", "Reel 2"); a town that ends like one ("Squamish") and a numbered place
("Pier 39") are kept. Every sentence here is invented for the test."""

import pytest

from .test_place_rules import extract, locations, names


@pytest.mark.parametrize(
    "sentence, word",
    [
        (
            "It was shot in Valletta, with the Maltese capital standing in for Tunis.",
            "Maltese",
        ),
        (
            "The harbour chase was filmed there, the Danish capital doubling for Oslo.",
            "Danish",
        ),
        ("The crew went to Marseille, and a Parisian street played Lyon.", "Parisian"),
    ],
)
def test_a_peoples_adjective_is_no_place(sentence, word):
    assert word not in names(extract(sentence))


@pytest.mark.parametrize(
    "sentence, label",
    [
        (
            "Series 3: letters about a serial filmed at Harbour Quay, kept here.",
            "Series 3",
        ),
        (
            "Box 12: call sheets from the shoot in Leith, mostly water-damaged.",
            "Box 12",
        ),
        ("Reel 2: the chase, filmed in Gdansk over a weekend.", "Reel 2"),
    ],
)
def test_a_numbered_label_is_no_place(sentence, label):
    assert label not in names(extract(sentence))


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The river scenes were shot in Squamish, which doubled for Montana.",
            ("Squamish", "Montana"),
        ),
        (
            "The ferry scene was shot at Pier 39, which stood in for a Boston wharf.",
            ("Pier 39", "a Boston wharf"),
        ),
    ],
)
def test_right_places_kept(sentence, expected):
    assert expected in locations(extract(sentence))
