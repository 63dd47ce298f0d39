"""A title credited to a name, and its writers said apart: "“X”, credited to A and
written by B" (A is the act on the label). Every sentence here is invented."""

import pytest

from .test_credit_rules import tracks
from .test_discourse import extract


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The song in the film is “Hay Moon”, credited to the Tarrow Orchestra "
            "and composed by Cora Lusk herself.",
            (["Cora Lusk"], ["Tarrow Orchestra"]),
        ),
        (
            "The song in the film is “Hay Moon”, credited to Ned Orr, and written "
            "for him by Cora Lusk.",
            (["Cora Lusk"], ["Ned Orr"]),
        ),
        ("The song in the film is “Hay Moon”, credited to Ned Orr.", ([], [])),
    ],
)
def test_a_credit_with_the_writers_said_apart_is_the_performers(sentence, expected):
    assert tracks(extract(sentence)) == {"Hay Moon": expected}
