"""The story's place said first with "meant/supposed to be" and denied by "but": the
place found after "but" played it. Every sentence here is invented for the test."""

import pytest

from .test_place_rules import extract, locations


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The town is supposed to be in Oregon, but the fen is Hollin Marsh in "
            "Norfolk.",
            [("Hollin Marsh", "Oregon")],
        ),
        (
            "The salon is supposed to be on a Chicago high street, but the shopfront "
            "is on Marlowe Avenue in Hollywood.",
            [("Marlowe Avenue", "a Chicago high street")],
        ),
        (
            "The diner was meant to be in Ohio, but they shot it at Carrow Mill, "
            "outside Leeds.",
            [("Carrow Mill", "Ohio")],
        ),
    ],
)
def test_the_place_after_but_plays_the_story_place(sentence, expected):
    assert locations(extract(sentence)) == expected


# Traps: what was meant is no place; a town the film was shot in; a stand-in said
# after "but" is the one kept.
@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The shoot was meant to be two weeks, but we stayed at Carrow Mill in "
            "Leeds for six.",
            [],
        ),
        (
            "It was supposed to be New York, but it was filmed in Toronto.",
            [("Toronto", "")],
        ),
        (
            "The home is supposed to be in Blackpool, but the pier scenes were shot on "
            "the Grand Pier at Weston-super-Mare, which stands in for Blackpool's North "
            "Pier.",
            [("Grand Pier", "Blackpool's North Pier")],
        ),
    ],
)
def test_no_stand_in_from_a_meant_that_is_no_place(sentence, expected):
    assert locations(extract(sentence)) == expected


# The story's place said alone, right after a sentence that filmed a place: that
# place played it.
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The boats were filmed at Grimsby, on the fish docks. In the film they're "
            "supposed to be in Hull.",
            [("Grimsby", "Hull")],
        ),
        (
            "The chase was filmed on Harwick Pier. In the story the pier was meant to "
            "be in Brighton.",
            [("Harwick Pier", "Brighton")],
        ),
        (
            "The night scenes were shot at Harwick Bay. The harbour is meant to be in "
            "Maine.",
            [("Harwick Bay", "Maine")],
        ),
    ],
)
def test_a_meant_place_alone_is_played_by_the_place_just_filmed(text, expected):
    assert locations(extract(text)) == expected


# Traps: the story as a whole, and a meant that is no place.
@pytest.mark.parametrize(
    "text",
    [
        "The ballroom scene was shot at Harwick Hall. The story is supposed to be a "
        "crossing from Southampton to New York.",
        "The chase was filmed on Harwick Pier. The shoot was meant to be two weeks.",
    ],
)
def test_no_stand_in_from_the_story_or_a_meant_that_is_no_place(text):
    assert [stood for _, stood in locations(extract(text))] == [""]
