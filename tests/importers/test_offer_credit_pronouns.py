"""Credits that point back (offer_credit_pronouns, read by offer_credits): "he" or
"she" as the subject of a verb of writing or performing gives the role to the person
the pronoun stands for, the nearest one before it in the sentence that is no object,
or the first person of the sentence before in the same paragraph. Offers are
suggestions, never blocks. Every sentence here is invented for the test."""

import pytest

from .test_credit_rules import tracks
from .test_discourse import extract
from .test_offer_credit_cues import FIRST, ONE, offers


@pytest.mark.parametrize(
    "paragraph, composers, performers",
    [
        # The person of the sentence before.
        (
            "Copper Kettle Morning made Ada Fennimore famous. She wrote it on a bus "
            "to Leeds.",
            ["Ada Fennimore"],
            [],
        ),
        (
            "Pip Ancell kept Copper Kettle Morning in a drawer for years. In the end "
            "he co-wrote it with a lodger.",
            ["Pip Ancell"],
            [],
        ),
        (
            "Oona Vale owns Copper Kettle Morning in every way. She also sang it, "
            "twice, for the retakes.",
            [],
            ["Oona Vale"],
        ),
        # The person earlier in the same sentence.
        (
            "Copper Kettle Morning is Rafe Mirren at full tilt, though he crooned it "
            "sitting down.",
            [],
            ["Rafe Mirren"],
        ),
        (
            "Copper Kettle Morning was Hanne Solvik's last word on the matter; she "
            "penned it for a late husband.",
            ["Hanne Solvik"],
            [],
        ),
        (
            "Copper Kettle Morning was Dorrit Vael's idea and she composed it on a "
            "hotel piano.",
            ["Dorrit Vael"],
            [],
        ),
    ],
)
def test_a_pronoun_credit_is_offered(paragraph, composers, performers):
    assert (FIRST, composers, performers) in offers(extract(ONE + " " + paragraph))


@pytest.mark.parametrize(
    "paragraph",
    [
        # An object between the name and the pronoun: someone else.
        "Copper Kettle Morning was asked for by Hanne Solvik, who phoned her "
        "daily; she wrote it in a week.",
        # An act, not a person; "they", not one person.
        "Copper Kettle Morning is the Velvet Ferrets at full tilt. She wrote it "
        "anyway.",
        "Copper Kettle Morning made Ada Fennimore and Gus Harrow famous. They wrote "
        "it on a bus.",
        # Denied.
        "Copper Kettle Morning made Ada Fennimore famous. She never wrote it.",
        # A title's translation in brackets, no person.
        "The choir sings Copper Kettle Morning (Mattina del Bollitore) at dawn. She "
        "wrote it on a bus.",
        "Copper Kettle Morning (Rame Bollente Mattina) is short. He recorded it twice.",
    ],
)
def test_traps(paragraph):
    assert offers(extract(ONE + " " + paragraph)) == []


def test_an_offer_is_a_suggestion_not_a_block():
    post = extract(
        ONE + " Copper Kettle Morning made Ada Fennimore famous. She wrote it on a bus."
    )
    assert tracks(post)[FIRST] == ([], [])
    assert (FIRST, ["Ada Fennimore"], []) in offers(post)
