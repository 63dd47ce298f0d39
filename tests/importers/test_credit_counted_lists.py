"""Writers or singers counted, then listed after a colon ("written by three people:
the band's singer, A; their producer, B; and a session guitarist named C"): the
names are credited when the list gives as many as the count. Every sentence here
is invented for the test."""

import pytest

from .test_credit_rules import tracks
from .test_discourse import extract

INTRO = "The dance in Hay Moon (1984) is set to “Tin Lantern”."

COUNTED = {
    "“Tin Lantern” was written by three people: the band's singer, Cora Lusk; "
    "their producer, Ned Orr; and a session guitarist named Ivo Brandt, who was "
    "never photographed.": (["Cora Lusk", "Ned Orr", "Ivo Brandt"], []),
    "It was written by two people: Cora Lusk and Ned Orr.": (
        ["Cora Lusk", "Ned Orr"],
        [],
    ),
    "“Tin Lantern” was sung by two sisters: Cora Lusk and Ada Lusk.": (
        [],
        ["Cora Lusk", "Ada Lusk"],
    ),
}


@pytest.mark.parametrize("sentence", COUNTED)
def test_as_many_names_as_counted_are_credited(sentence):
    assert tracks(extract(INTRO, sentence)) == {"Tin Lantern": COUNTED[sentence]}


@pytest.mark.parametrize(
    "sentence",
    [
        "It was written by three people: Cora Lusk and Ned Orr.",
        "It was written by two people: Cora Lusk, Ned Orr and Ivo Brandt.",
        "It was written by two people: Cora Lusk; her brother; and Ivo Brandt.",
    ],
)
def test_no_credit_when_the_list_and_the_count_differ(sentence):
    assert tracks(extract(INTRO, sentence)) == {"Tin Lantern": ([], [])}
