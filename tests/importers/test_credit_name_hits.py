"""A record named after its act in apposition to a title or as its predicate
("“X”, the A hit", "“X” was the A record everyone owned") is the act's performance;
no act is named in "the summer hit", and "It was the A hit" may be another
record.
Every sentence here is invented for the test."""

import pytest

from .test_credit_rules import tracks
from .test_discourse import extract

INTRO = "The dance in <i>Hay Moon</i> (1984) is set to “Tin Lantern”."
TITLE = "Hay Moon (1984): the barn dance"

HITS = {
    "Everyone knows “Tin Lantern”, the Cora Lusk hit, from the radio.": ["Cora Lusk"],
    "For me “Tin Lantern” was the Ned Orr record everyone owned.": ["Ned Orr"],
    "The opener is “Tin Lantern”, the Gullies smash that summer.": ["Gullies"],
    # no act named; an "it" that may be another single
    "Everyone knows “Tin Lantern”, the summer hit, from the radio.": [],
    "It was the Cora Lusk hit everyone bought that year.": [],
}


@pytest.mark.parametrize("sentence", HITS)
def test_the_act_a_record_is_named_after(sentence):
    found = extract(INTRO, sentence, title=TITLE)
    assert tracks(found)["Tin Lantern"][1] == HITS[sentence]
