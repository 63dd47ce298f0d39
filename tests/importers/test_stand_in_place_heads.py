"""A place named by its head word first or last ("Castle Stalker", "Bamburgh
Castle") playing what the writer calls the story's place ("the fictional Castle
Dorran") is offered to the editor as a stand-in; an actor playing a fictional person,
or a castle playing no place, is not. Every sentence here is invented for the
test."""

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
            "Possible location: Castle Stalker, standing in for Castle Dorran",
        ),
        (
            "Dunmore Castle played the fictional Castle Keel.",
            "Possible location: Dunmore Castle, standing in for Castle Keel",
        ),
        (
            "Varrich Castle played the fictional Castle Orm, the laird's seat.",
            "Possible location: Varrich Castle, standing in for Castle Orm",
        ),
    ],
)
def test_a_headed_place_playing_a_fictional_place_is_offered(clause, expected):
    post = extract(FILMED + clause)
    assert expected in offered(post)
    assert locations(post) == [("Kyleakin", "")]


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
