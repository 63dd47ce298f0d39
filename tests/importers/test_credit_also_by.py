"""A title followed by "also by" or "again by" and a name ("The second single,
“X”, also by Marsh") names its performer as a plain "by" does; "also by the way"
names no one. Every sentence here is invented for the test."""

import pytest

from .test_credit_rules import tracks
from .test_discourse import extract


@pytest.mark.parametrize(
    "paragraph, performers",
    [
        ("The montage uses “Velvet Ladder”, also by Kit Marsh.", ["Kit Marsh"]),
        (
            "The montage uses “Velvet Ladder”, again by the Rooks, at the end.",
            ["Rooks"],
        ),
        (
            "The first single was “Paper Boat” by Kit Marsh. The second single, "
            "“Velvet Ladder”, also by Marsh, got to No. 9.",
            ["Kit Marsh"],
        ),
        # Traps: no name after "also by"; "also" with no "by".
        ("The montage uses “Velvet Ladder”, also by the way a hit.", []),
        ("The montage uses “Velvet Ladder”, also Kit Marsh's favourite.", []),
    ],
)
def test_also_by(paragraph, performers):
    assert tracks(extract(paragraph))["Velvet Ladder"][1] == performers
