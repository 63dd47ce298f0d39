"""What a place played when the post calls it made up right before its name
("playing the fictional X") is X; a made-up thing described by a noun ("the fictional
mill town of X", "a fictional river port") keeps its words. Every sentence here is
invented for the test."""

import pytest

from .test_place_rules import extract, locations


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The harbour scenes were shot in Mousehole, playing the fictional "
            "Pellow Cove.",
            ("Mousehole", "Pellow Cove"),
        ),
        (
            "The market was filmed in Ludlow, which stands in for the imaginary "
            "Kingsbridge Market.",
            ("Ludlow", "Kingsbridge Market"),
        ),
        (
            "For the finale they shot at Whitstable, doubling for the fictitious "
            "Sandwater.",
            ("Whitstable", "Sandwater"),
        ),
        # A made-up thing a noun describes keeps its words.
        (
            "The mill scenes were filmed in Saltaire, which plays a fictional mill "
            "town.",
            ("Saltaire", "a fictional mill town"),
        ),
        (
            "The docks were shot in Hull, standing in for the fictional river port "
            "of Marlow.",
            ("Hull", "the fictional river port of Marlow"),
        ),
    ],
)
def test_the_fictional_before_a_name_is_dropped(sentence, expected):
    assert expected in locations(extract(sentence))
