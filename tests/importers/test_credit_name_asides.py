"""A list of credited names read past an aside in brackets after one of them
("written by Ida Marr (Dazza to her mates) and Tom Reade", "by Ida Marr (then
nineteen), Tom Reade and Ana Pell"); an aside before a clause of its own ("by Ada
Moon (1972), and Tom Reade sang the other one") adds no name. Each sentence is our
own."""

import pytest

from .test_credit_surname_bands import credits
from .test_discourse import extract

SONG = "The montage in <i>Gull Point</i> (1983) runs to “Salt Kiss” by The Gulls."


@pytest.mark.parametrize(
    "said, writers",
    [
        (
            "It was written by the band's singer Ida Marr (Dazza to her mates) and "
            "their drummer Tom Reade.",
            ["Ida Marr", "Tom Reade"],
        ),
        (
            "It was written by Ida Marr (then nineteen), Tom Reade and Ana Pell.",
            ["Ida Marr", "Tom Reade", "Ana Pell"],
        ),
        (
            "It was composed by Ida Marr (a nurse by day) & Tom Reade.",
            ["Ida Marr", "Tom Reade"],
        ),
    ],
)
def test_names_past_an_aside(said, writers):
    assert credits(extract(SONG, said))["Salt Kiss"][0] == writers


def test_an_aside_before_a_clause_adds_no_name():
    post = extract(
        "The montage in <i>Gull Point</i> (1983) runs to “Salt Kiss” by Ada Moon "
        "(1972), and Tom Reade sang the other one."
    )
    assert credits(post) == {"Salt Kiss": ([], ["Ada Moon"])}
    post = extract(SONG, "It was written by Ida Marr (and nobody else).")
    assert credits(post)["Salt Kiss"][0] == ["Ida Marr"]
