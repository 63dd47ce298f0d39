"""A set built on a stage at a studio says where it was filmed: "built on a stage at
X Studios", "recreated on a stage at X", "constructed on a stage at X". Every sentence
here is invented for the test."""

import pytest

from .test_place_rules import extract, names


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The print room was built on a stage at Harwick Studios.", "Harwick Studios"),
        ("The diner was recreated on a stage at Gorranwood.", "Gorranwood"),
        (
            "The flat was constructed on a stage at Tallow Studios, board by board.",
            "Tallow Studios",
        ),
    ],
)
def test_a_set_built_on_a_stage_at_a_studio(sentence, expected):
    assert names(extract(sentence)) == [expected]


# Traps: a band's stage at a venue, a stage of one's own.
@pytest.mark.parametrize(
    "sentence",
    [
        "The band played on a stage at the Harwick Bowl.",
        "We built on a stage of our own.",
    ],
)
def test_a_stage_that_is_no_studio(sentence):
    assert names(extract(sentence)) == []
