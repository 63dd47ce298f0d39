""" "That one" or "this one" alone after a credit verb is the song named last ("A
wrote that one", "B sang this one in a single take"); not "that one line", nor
when the sentence has just quoted another title ("The B-side, “Y”, ... A wrote
that one": Y). Every sentence here is invented for the test."""

import pytest

from .test_credit_rules import tracks
from .test_discourse import extract

INTRO = "The dance in Hay Moon (1984) is set to “Tin Lantern”."

THAT_ONE = {
    "Cora Lusk wrote that one, and no, she isn't in the band.": (["Cora Lusk"], []),
    "Ned Orr sang this one in a single take.": ([], ["Ned Orr"]),
    "Cora Lusk wrote that one with Ned Orr.": (["Cora Lusk", "Ned Orr"], []),
    # a noun after "one", another title quoted before it
    "Cora Lusk wrote that one line about the tide.": ([], []),
    "The B-side, “Salt Hymn”, is lovely, and Cora Lusk wrote that one herself.": (
        [],
        [],
    ),
}


@pytest.mark.parametrize("sentence", THAT_ONE)
def test_that_one_is_the_song_named_last(sentence):
    assert tracks(extract(INTRO, sentence))["Tin Lantern"] == THAT_ONE[sentence]
