"""False people (credit_place_names): a credited name that is a description of
where someone is from ("Leeds-born") or a place the post names as a country or a
state is no person; an age before a name is no part of it. Every sentence here is
invented for the test."""

import pytest

from .test_credit_rules import tracks
from .test_discourse import extract

TITLE = "Tin Lantern Waltz"


@pytest.mark.parametrize(
    "text, performers",
    [
        (
            "“Tin Lantern Waltz”, written for the film and sung by the 19-year-old "
            "Ada Fennimore, was a hit.",
            ["Ada Fennimore"],
        ),
        (
            "“Tin Lantern Waltz” is sung by the 23-year-old Pip Ancell, then a "
            "choirboy.",
            ["Pip Ancell"],
        ),
        (
            "“Tin Lantern Waltz” was recorded by the 17-year-old Oona Vale in one "
            "take.",
            ["Oona Vale"],
        ),
    ],
)
def test_an_age_is_no_part_of_a_name(text, performers):
    assert tracks(extract(text))[TITLE][1] == performers


@pytest.mark.parametrize(
    "text",
    [
        "“Tin Lantern Waltz” is sung by the Leeds-born singer Ada Fennimore, who "
        "wrote it with the film's composer, Gus Harrow.",
        "The montage is set to “Tin Lantern Waltz”, sung by the Bristol-born singer "
        "Oona Vale, who wrote it with the film's composer, Gus Harrow.",
    ],
)
def test_where_someone_is_from_is_no_person(text):
    composers, _performers = tracks(extract(text))[TITLE]
    assert composers == ["Gus Harrow"]


def test_a_person_is_kept():
    # Traps: a name that holds a place's word, a name after a place.
    post = extract(
        "“Tin Lantern Waltz” was written by Jordan Vale and sung by Florence "
        "Marsh, a singer from Ireland."
    )
    assert tracks(post)[TITLE] == (["Jordan Vale"], ["Florence Marsh"])
