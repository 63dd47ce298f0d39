"""What a place played, when its description goes on to name it: "a Lancashire halt
called Brindle Moor" is the whole, not a description cut at "called"; with no name
after the word, the description ends before it. Every sentence here is invented for
the test."""

import pytest

from .test_place_rules import extract, locations


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Most of it was shot at Hexham, which doubled as a Yorkshire halt called"
            " Crane Moor.",
            ("Hexham", "a Yorkshire halt called Crane Moor"),
        ),
        (
            "The finale was shot at Alston, which played a mining town named Coldwater"
            " in the last reel.",
            ("Alston", "a mining town named Coldwater"),
        ),
        (
            "The chase was filmed at Keswick, standing in for a lakeside village"
            " dubbed Little Mere.",
            ("Keswick", "a lakeside village dubbed Little Mere"),
        ),
        # Traps: no name after the word; a description without it
        (
            "Most of it was shot at Hexham, which played a town called, in the"
            " script, nothing at all.",
            ("Hexham", "a town"),
        ),
        (
            "Most of it was shot at Hexham, which played a Yorkshire halt in winter.",
            ("Hexham", "a Yorkshire halt"),
        ),
    ],
)
def test_a_described_target_named_after_called(sentence, expected):
    assert expected in locations(extract(sentence))
