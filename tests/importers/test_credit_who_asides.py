"""A relative clause about a credit verb's subject, however long, between the two:
"A, who was born in X and now lives on a farm outside Y, wrote it" credits A, never
the last capitalised word of the aside. Every sentence here is invented for the
test."""

import pytest

from .test_credit_rules import tracks
from .test_discourse import extract

INTRO = "The dance in Hay Moon (1984) is set to “Tin Lantern”."

# The doer, the aside, the verb phrase and the credit it gives (composers,
# performers).
LONG_ASIDES = [
    "Cora Lusk|grew up in Dundee and now keeps goats on a croft outside Oban"
    "|wrote it on a ferry|C",
    "Ned Orr|was raised by his aunt in a flat above a bakery in Leith"
    "|sang it in one take|P",
    "Ivo Brandt|spent the eighties playing bass for anyone in Hamburg who would pay"
    "|wrote it and sang it|CP",
]


@pytest.mark.parametrize("line", LONG_ASIDES)
def test_the_subject_before_a_long_who_aside_is_credited(line):
    name, aside, verb, roles = line.split("|")
    sentence = f"{name}, who {aside}, {verb}."
    expected = ([name] if "C" in roles else [], [name] if "P" in roles else [])
    assert tracks(extract(INTRO, sentence)) == {"Tin Lantern": expected}


@pytest.mark.parametrize(
    "sentence",
    [
        "The postman, who delivers to a cottage near Ballina every Tuesday "
        "without fail, wrote it.",
        "A busker in Cork, who learned it off a car radio somewhere outside "
        "Limerick, sang it for us.",
    ],
)
def test_no_credit_to_the_aside_or_an_unnamed_subject(sentence):
    assert tracks(extract(INTRO, sentence)) == {"Tin Lantern": ([], [])}
