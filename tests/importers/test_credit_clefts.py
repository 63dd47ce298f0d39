"""A credit said as a cleft, the doer brought to the front: "It was A who wrote
it", "It's B that sings it", "A was the one who sang it", "Their fiddler, A, was
the one who'd written it". Every sentence here is invented for the test."""

import pytest

from .test_credit_rules import tracks
from .test_discourse import extract

INTRO = "The dance in Hay Moon (1984) is set to “Tin Lantern”."


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("It was Cora Lusk who wrote it, on a train to Perth.", (["Cora Lusk"], [])),
        ("It's Ned Orr that sings it, and you can hear the smoke.", ([], ["Ned Orr"])),
        ("Ned Orr was the one who sang it, not the actor.", ([], ["Ned Orr"])),
        (
            "Their fiddler, Cora Lusk, was the one who'd written it.",
            (["Cora Lusk"], []),
        ),
    ],
)
def test_the_doer_a_cleft_brings_to_the_front(sentence, expected):
    assert tracks(extract(INTRO, sentence)) == {"Tin Lantern": expected}


@pytest.mark.parametrize(
    "sentence",
    [
        "It was Cora Lusk who found it in a drawer.",
        "It wasn't Cora Lusk who wrote it, whatever the sleeve says.",
        "Was it Cora Lusk who wrote it? Nobody knows.",
        "It was Hay Moon that made it famous.",
    ],
)
def test_no_credit_from_another_deed_a_denial_or_a_question(sentence):
    assert tracks(extract(INTRO, sentence)) == {"Tin Lantern": ([], [])}
