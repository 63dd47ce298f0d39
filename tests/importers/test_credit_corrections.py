"""Who did it, after a denial that someone else did: "She didn't write it, though;
her brother B did", "Neither of them wrote it; that was B and C", "We didn't sing it.
B did". Every sentence here is invented for the test."""

import pytest

from .test_credit_rules import tracks
from .test_discourse import extract

INTRO = "The barn dance is set to “Hay Moon” by the Fenns."


@pytest.mark.parametrize(
    "sentence, composers",
    [
        (
            "Ida Fenn sings lead. She didn't write it, though; her cousin Ned Orr did.",
            ["Ned Orr"],
        ),
        (
            "Neither of them wrote it; that was Ned Orr and Cora Vane.",
            ["Ned Orr", "Cora Vane"],
        ),
        (
            "The band did not write the song. Ned Orr did, with Cora Vane.",
            ["Ned Orr", "Cora Vane"],
        ),
        ("None of them co-wrote it: it was Ned Orr.", ["Ned Orr"]),
        # traps: "did" with an object, a pronoun, a second denial
        ("She didn't write it. Ned Orr did the arrangement.", []),
        ("She didn't write it; she did sing it.", []),
        ("Ida Fenn didn't write it. Ned Orr did not either.", []),
    ],
)
def test_who_wrote_it_after_a_denial(sentence, composers):
    assert tracks(extract(INTRO + " " + sentence))["Hay Moon"][0] == composers


@pytest.mark.parametrize(
    "sentences",
    [
        ("We didn't sing it. Ned Orr did, and made it his own.",),
        ("They never recorded it — it was Ned Orr.",),
        ("We never sang it, sadly — none of us can. Ned Orr did.",),
    ],
)
def test_who_sang_it_after_a_denial(sentences):
    assert tracks(extract(INTRO, *sentences))["Hay Moon"][1] == ["Fenns", "Ned Orr"]


def test_a_denial_in_another_paragraph_is_not_followed():
    post = extract(
        INTRO + " We didn't sing it.", "Ned Orr did, and the crowd loved it."
    )
    assert tracks(post)["Hay Moon"][1] == ["Fenns"]
