"""A scene's place named after the story's place is denied ("The film is set in Y,
but the marsh is X in Z"), and the stand-in said with "passing for" or "an impression
of". Every sentence here is invented for the test."""

import pytest

from .test_place_rules import extract, locations, names


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The film is set in Maine, but the quarry is Hollin Pit in Derbyshire.",
            "Hollin Pit",
        ),
        (
            "The story takes place in Ohio, but the factory is Carrow Mill, outside Leeds.",
            "Carrow Mill",
        ),
        (
            "The film says Chicago, but the yard is Tarrant Sidings near Hull.",
            "Tarrant Sidings",
        ),
        (
            "The town is supposed to be in Oregon, but the fen is Hollin Marsh in Norfolk.",
            "Hollin Marsh",
        ),
    ],
)
def test_a_place_named_after_the_story_place_is_denied(sentence, expected):
    assert names(extract(sentence)) == [expected]


# Traps: no town after the name, or the subject is a person or a band.
@pytest.mark.parametrize(
    "sentence",
    [
        "The film is set in Ohio, but the engine is Big Bertha.",
        "The film is set in Texas, but the band is Calexico from Tucson.",
        "The story is set in Leeds, but the accent is Glaswegian.",
    ],
)
def test_no_place_without_a_town_that_places_it(sentence):
    assert names(extract(sentence)) == []


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The rows are at Harrow Vale, outside Tenby, passing for Burgundy.",
            [("Harrow Vale", "Burgundy")],
        ),
        (
            "They filmed in Kent, with Harwick Quay passing for Boston.",
            [("Harwick Quay", "Boston")],
        ),
        (
            "The mill scenes were filmed at Carrow Works, which did a passable "
            "impression of a Detroit plant.",
            [("Carrow Works", "a Detroit plant")],
        ),
        (
            "The film is set in Louisiana, but the marsh is Hollin Fen in Norfolk, "
            "doing a decent impression of the bayou.",
            [("Hollin Fen", "the bayou")],
        ),
    ],
)
def test_passing_for_and_an_impression_of_say_what_a_place_played(sentence, expected):
    assert locations(extract(sentence)) == expected


# Traps: a person's impression, a person passing for another.
@pytest.mark.parametrize(
    "sentence",
    [
        "Ann Dove does a fine impression of Dolly Parton.",
        "Ann Dove, passing for white, sings it in the diner scene.",
    ],
)
def test_a_person_passing_for_another_is_no_stand_in(sentence):
    assert locations(extract(sentence)) == []
