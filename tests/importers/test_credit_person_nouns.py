"""Someone named after a clause about them in a chatty register ("the bloke who
wrote it, A", "the girl who sang it, B", "the lad who wrote it, A") did what the
clause says; another deed credits no one. Every sentence here is invented for the
test."""

import pytest

from .test_credit_rules import tracks
from .test_discourse import extract

INTRO = "The dance in Hay Moon (1984) is set to “Tin Lantern”."

NAMED_AFTER = {
    "The Gullies recorded it, but the bloke who wrote it, Ned Orr, was never in "
    "the band.": (["Ned Orr"], ["The Gullies"]),
    "The girl who sang it, Cora Lusk, was sixteen.": ([], ["Cora Lusk"]),
    "The lad who wrote it, Ned Orr, drove a bus in Leith.": (["Ned Orr"], []),
    # another deed: no credit
    "The bloke who found it, Ned Orr, sold it on.": ([], []),
    "The kid who sang along, Ned Orr, was my cousin.": ([], []),
}


@pytest.mark.parametrize("sentence", NAMED_AFTER)
def test_the_person_named_after_the_clause(sentence):
    found = tracks(extract(INTRO, sentence))["Tin Lantern"]
    assert found == NAMED_AFTER[sentence]
