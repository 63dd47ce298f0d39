"""A place named by its head word first or last ("Castle Stalker", "Bamburgh
Castle") playing what the writer calls the story's place ("the fictional Castle
Dorran") is a stand-in (stand_in_fictional; it was only offered before); a great house or a landmark ("X
House", "Y Hall", "Z Pass") that played a place is one; an actor playing a fictional
person, a band or a hall playing no place, is not. Every sentence here is invented
for the test."""

import pytest

from .test_place_rules import extract, locations

FILMED = "The ferry scenes were filmed at Kyleakin; and "


def offered(post):
    return [line.split(" — ")[0] for line in post.suggestions]


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        (
            "Castle Stalker played the fictional Castle Dorran, seat of the laird.",
            ("Castle Stalker", "fictional Castle Dorran"),
        ),
        (
            "Dunmore Castle played the fictional Castle Keel.",
            ("Dunmore Castle", "fictional Castle Keel"),
        ),
        (
            "Varrich Castle played the fictional Castle Orm, the laird's seat.",
            ("Varrich Castle", "fictional Castle Orm"),
        ),
    ],
)
def test_a_headed_place_playing_a_fictional_place_is_found(clause, expected):
    post = extract(FILMED + clause)
    assert locations(post) == [("Kyleakin", ""), expected]


@pytest.mark.parametrize(
    "clause",
    [
        "Ann Castle played the fictional Doctor Dorran.",
        "Castle Stalker played havoc with the schedule.",
    ],
)
def test_a_person_or_no_place_played_is_not_offered(clause):
    post = extract(FILMED + clause)
    assert not [line for line in offered(post) if "standing in for" in line]
    assert locations(post) == [("Kyleakin", "")]


@pytest.mark.parametrize(
    ("items", "expected"),
    [
        (
            "<ul><li>16:00 — Russborough House, which played a Surrey manor house in "
            "the last reel</li></ul>",
            [("Russborough House", "a Surrey manor house")],
        ),
        (
            "<ul><li>Temple Newsam Hall, which played a Georgian country house"
            "</li></ul>",
            [("Temple Newsam Hall", "a Georgian country house")],
        ),
        (
            "<ul><li>11:00 — Honister Pass, which played a mountain road in the "
            "Tyrol</li></ul>",
            [("Honister Pass", "a mountain road in the Tyrol")],
        ),
    ],
)
def test_a_great_house_or_a_landmark_that_played_a_place(items, expected):
    assert locations(extract("H: Itinerary", items)) == expected


@pytest.mark.parametrize(
    "items",
    [
        # A band called after a house, playing a song: no place played.
        "<ul><li>Beach House, which played a slow set at the end</li></ul>",
        # A hall that played no place: a concert.
        "<ul><li>19:30 — Usher Hall, which played host to the premiere</li></ul>",
    ],
)
def test_a_house_playing_no_place_is_none(items):
    assert locations(extract("H: Itinerary", items)) == []
