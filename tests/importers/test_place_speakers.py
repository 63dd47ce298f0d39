"""A caller in a log is no place ("Marv in Thunder Bay insists ..."), a place the
writer's own subject names is not the film's ("The hospital I work in is in Leeds"),
and "here" before a stand-in verb speaks of this film ("X, which here plays Y").
Every sentence here is invented for the test."""

import pytest

from .test_place_rules import extract, locations, names

HEADING = "H: Where they filmed it"


@pytest.mark.parametrize(
    "item",
    [
        "Marv in Thunder Bay insists the film was shot in Montana.",
        "Dot from Hull says the pier scenes were filmed somewhere else.",
        "Kev, Leeds, reckons the chase was shot on a lot.",
    ],
)
def test_a_caller_who_speaks_is_no_place(item):
    body = f"<ul><li>{item}</li><li>Harwick Quay: the ferry scenes</li></ul>"
    assert names(extract(HEADING, body)) == ["Harwick Quay"]


# Traps: a place in its town, and one in its county, before what was filmed there.
@pytest.mark.parametrize(
    "item, expected",
    [
        ("Gorran Gaol in Devon: the prison scenes", "Gorran Gaol"),
        ("Gorran Gaol, Devon, for the prison scenes", "Gorran Gaol"),
    ],
)
def test_a_place_in_its_town_is_still_a_place(item, expected):
    body = f"<ul><li>{item}</li><li>Harwick Quay: the ferry scenes</li></ul>"
    assert names(extract(HEADING, body)) == [expected, "Harwick Quay"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The hospital I actually work in is in Leeds and looks nothing like it.",
        "The pub where I had my first pint is the Clachaig in Glencoe.",
        "The school my kids go to is Riverside Academy in Otley.",
    ],
)
def test_the_writers_own_place_is_not_the_films(sentence):
    post = extract("It was filmed in Coquitlam.", sentence)
    assert names(post) == ["Coquitlam"]


# Traps: the film's place, said with "they" or with "I" about a location.
@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The hospital they used is Riverside General in Leeds.", "Riverside General"),
        ("The one location I nearly skipped is the Duncan Incline.", "Duncan Incline"),
    ],
)
def test_the_films_place_said_by_the_writer_is_still_one(sentence, expected):
    post = extract("It was filmed in Coquitlam.", sentence)
    assert expected in names(post)


@pytest.mark.parametrize(
    "sentences, expected",
    [
        (
            (
                "The mast seen throughout is the Kell Tower, which here plays a Soviet mast.",
            ),
            [("Kell Tower", "a Soviet mast")],
        ),
        (
            (
                "The montage was shot in Kent.",
                "Harwick Quay here stands in for Boston.",
            ),
            [("Harwick Quay", "Boston")],
        ),
        (
            (
                "The ferry scenes were filmed at Harwick Quay, here doubling for Boston.",
            ),
            [("Harwick Quay", "Boston")],
        ),
    ],
)
def test_here_before_a_stand_in_verb(sentences, expected):
    assert locations(extract(*sentences)) == expected


def test_a_person_here_playing_a_part_is_no_place():
    assert locations(extract("Ann Dove here plays a nurse.")) == []
