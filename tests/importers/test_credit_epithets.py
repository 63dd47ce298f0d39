"""A song described and credited in apposition to its title or as its predicate,
however the description runs ("“X”, a ragged, fiddle-driven thing by the Bs",
"the song is a 1976 single by the Bs", "“X” by the Bs, a husband-and-wife
composition by A and B"). Every sentence here is invented for the test."""

import pytest

from .test_credit_rules import tracks
from .test_discourse import extract

INTRO = "The dance in Hay Moon (1984) is set to “Tin Lantern”."

DESCRIBED = {
    "It is “Tin Lantern”, a ragged, fiddle-driven thing by the Borrowed Pines.": (
        [],
        ["Borrowed Pines"],
    ),
    "The song is a 1976 single by the Gullies, a band that barely lasted.": (
        [],
        ["Gullies"],
    ),
    "The music is “Tin Lantern” by the Gullies, a husband-and-wife composition "
    "by Ned and Cora Lusk.": (["Ned Lusk", "Cora Lusk"], ["Gullies"]),
}


# Another song, a likeness, another record: no credit of the film's song.
ELSEWHERE = (
    "“Tin Lantern”, a faithful cover of a song by Ned Orr, plays next.",
    "Honestly it sounds like a lost single by Ned Orr.",
    "I bought a scratched 1976 single by Ned Orr at the fair.",
)


@pytest.mark.parametrize("sentence", DESCRIBED)
def test_the_credit_after_the_description(sentence):
    found = tracks(extract(INTRO, sentence))
    assert found == {"Tin Lantern": DESCRIBED[sentence]}


@pytest.mark.parametrize("sentence", ELSEWHERE)
def test_no_credit_for_a_cover_a_likeness_or_another_record(sentence):
    found = tracks(extract(INTRO, sentence))
    assert found["Tin Lantern"] == ([], [])
