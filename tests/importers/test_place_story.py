"""A scene's place named by what happens there in the story, in the present tense
("the lighthouse where the keeper lives is X"): the clause's verbs are the
characters', not the writer's, and a name placed in a town after it is a real place.
Every sentence here is invented for the test."""

import pytest

from .test_place_rules import extract, names


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        (
            "The lighthouse where the keeper lives is Ardnish Point, and the storm"
            " scenes were shot at Tobermory.",
            "Ardnish Point",
        ),
        (
            "The film was shot in Nova Scotia. The little street where the mother"
            " works is Mahone Bay.",
            "Mahone Bay",
        ),
        (
            "The cove where they hide the boat is Porth Iago, near Aberdaron.",
            "Porth Iago",
        ),
    ],
)
def test_a_place_named_by_the_story_told_there(paragraph, expected):
    assert expected in names(extract(paragraph))


@pytest.mark.parametrize(
    "sentence",
    [
        "The town where the hero lives is Bedford Falls.",
        "The house where I lived is Carrow Lodge, near Leeds.",
    ],
)
def test_no_place_from_the_story_alone_or_the_writers_life(sentence):
    assert names(extract(sentence)) == []
