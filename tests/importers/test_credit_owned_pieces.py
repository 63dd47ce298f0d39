"""A piece of score named as someone's beside its title ("Tom Reed's theme, “X”",
"“X”, Tom Reed's theme for the film") is theirs to have written; a character's
theme, or a studio's, credits no one. Every sentence here is invented for the
test."""

import pytest

from .test_credit_rules import tracks
from .test_discourse import extract

WRITTEN = "The song “Paper Boat” was written by Tom Reed."


@pytest.mark.parametrize(
    "sentence, writers",
    [
        (
            "The montage is scored to Tom Reed's opening theme, “Velvet Ladder”.",
            ["Tom Reed"],
        ),
        (
            "The montage is scored to “Velvet Ladder”, Tom Reed's theme for the film.",
            ["Tom Reed"],
        ),
        ("The montage is scored to Reed's love theme “Velvet Ladder”.", ["Tom Reed"]),
        # Traps: a character's theme; a studio's.
        ("The montage is scored to Vic's theme, “Velvet Ladder”.", []),
        ("The montage is scored to “Velvet Ladder”, the studio's theme.", []),
    ],
)
def test_a_piece_named_as_someones(sentence, writers):
    assert tracks(extract(WRITTEN, sentence))["Velvet Ladder"][0] == writers
