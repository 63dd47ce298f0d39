"""Both parts of a song named at the head of a clause, not only of the sentence
("A sings it; words and music are B's", ", and words and music are by B"), name
its writer; the same words inside another clause do not. Every sentence here is
invented for the test."""

import pytest

from .test_credit_rules import tracks
from .test_discourse import extract

INTRO = "The dance in Hay Moon (1984) is set to “Tin Lantern”."

PARTS = {
    "Cora Lusk sings it; words and music are Ned Orr's.": (["Ned Orr"], ["Cora Lusk"]),
    "Cora Lusk sings it, and words and music are by Ned Orr.": (
        ["Ned Orr"],
        ["Cora Lusk"],
    ),
    "Cora Lusk sings it: words and music are both the work of Ned Orr.": (
        ["Ned Orr"],
        ["Cora Lusk"],
    ),
    # not at a clause's head
    "She loves that words and music are Ned Orr's favourite things.": ([], []),
    "The film is long, and words and music are by Ned Orr.": ([], []),
}


@pytest.mark.parametrize("sentence", PARTS)
def test_the_parts_at_a_clauses_head_name_the_writer(sentence):
    assert tracks(extract(INTRO, sentence))["Tin Lantern"] == PARTS[sentence]
