"""A scene's place named by "the N is X" in a clause joined by "and" or a semicolon to
another that names a filmed place ("the N is X, and the M is Y, which plays Z") is a
filmed place too; said alone, or with more after the name than its town ("is X
again, ..."), or with an owner's name ("is Mabel's X"), it stays a suggestion. Every
sentence here is invented for the test."""

import pytest

from .test_place_rules import extract, names


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The lighthouses in the storm scene are the towers of Kessock, and the "
            "quiet cove where Hanna waits is Portlethen, which is acting as a Baltic "
            "island.",
            ["Kessock", "Portlethen"],
        ),
        (
            "The foundry is Old Furnace at Coalbrook, the back lanes are in Hexley, "
            "and the day trip is Sandmouth, standing in for Brighton.",
            ["Old Furnace", "Hexley", "Sandmouth"],
        ),
        (
            "The bell tower is Old Minster at Wenlow, the market stalls are in "
            "Pellham, and the fairground is Sandmouth, standing in for Coney Island.",
            ["Old Minster", "Pellham", "Sandmouth"],
        ),
    ],
)
def test_a_name_joined_to_a_filmed_place_is_found(sentence, expected):
    assert names(extract(sentence)) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected", "suggested"),
    [
        (
            "The lighthouses in the storm scene are the towers of Kessock again, and "
            "the quiet cove where Hanna waits is Portlethen, which is acting as a "
            "Baltic island.",
            ["Portlethen"],
            "Kessock",
        ),
        (
            "The lighthouses in the storm scene are the towers of Kessock. The quiet "
            "cove where Hanna waits is Portlethen, which is acting as a Baltic island.",
            ["Portlethen"],
            "Kessock",
        ),
    ],
)
def test_a_name_with_more_after_it_or_in_another_sentence_is_suggested(
    paragraph, expected, suggested
):
    post = extract(paragraph)
    assert names(post) == expected
    assert any(f"Possible location: {suggested}" in line for line in post.suggestions)


def test_an_owners_name_is_not_found():
    post = extract(
        "The lighthouses in the storm scene are Mabel's Towers, and the quiet cove "
        "where Hanna waits is Portlethen, which is acting as a Baltic island."
    )
    assert names(post) == ["Portlethen"]


def test_a_name_beside_a_filmed_in_clause_stays_a_suggestion():
    post = extract(
        "The ferry scenes were shot in Tobermory, and the boat is the Morning Heron."
    )
    assert names(post) == ["Tobermory"]
    assert any("Morning Heron" in line for line in post.suggestions)
