"""An aside in brackets between a credit's verb and "by" ("performed (confusingly)
by the Bs", "sung (in Welsh, no less) by A") is read past; a hedge in brackets
("written (allegedly) by A") keeps it a rumour. Every sentence here is invented
for the test."""

import pytest

from .test_credit_rules import tracks
from .test_discourse import extract

INTRO = "The dance in Hay Moon (1984) is set to “Tin Lantern”."

READ_PAST = {
    "It plays under the credits, performed (confusingly) by the Gullies themselves.": (
        [],
        ["Gullies"],
    ),
    "“Tin Lantern” was sung (in Welsh, no less) by Cora Lusk.": ([], ["Cora Lusk"]),
    "“Tin Lantern” was written (on a ferry, of all places) by Ned Orr.": (
        ["Ned Orr"],
        [],
    ),
}
# A hedge in brackets: no credit at all.
for hedged in (
    "“Tin Lantern” was written (allegedly) by Cora Lusk.",
    "“Tin Lantern” was written (or so the sleeve says) by Cora Lusk.",
    "“Tin Lantern” was sung (probably) by Ned Orr.",
):
    READ_PAST[hedged] = ([], [])


@pytest.mark.parametrize("sentence", READ_PAST)
def test_the_credit_past_an_aside_in_brackets_not_a_hedge(sentence):
    assert tracks(extract(INTRO, sentence))["Tin Lantern"] == READ_PAST[sentence]
