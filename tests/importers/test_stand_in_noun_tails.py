"""What a place played: a name then lowercase words ending with a place noun is one
target ("eastern Kentucky coal country", "Oregon timber towns"), not the name alone;
a time or a scene after the name is no part of it. Every sentence here is invented
for the test."""

import pytest

from .test_place_rules import extract, locations


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "It was shot around Harpers Ferry, which stands in for eastern Kentucky"
            " coal country.",
            ("Harpers Ferry", "eastern Kentucky coal country"),
        ),
        (
            "It was shot around Tenby, which stands in for coastal Maine fishing"
            " villages.",
            ("Tenby", "coastal Maine fishing villages"),
        ),
        (
            "The film was shot in Wales, and Harlech doubled for Oregon timber towns.",
            ("Harlech", "Oregon timber towns"),
        ),
    ],
)
def test_a_named_target_with_a_place_noun_after_it(sentence, expected):
    assert expected in locations(extract(sentence))


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "It was shot around Tenby, which stands in for Maine in the winter scenes.",
            ("Tenby", "Maine"),
        ),
        (
            "It was shot around Tenby, which stood in for Boston during the chase.",
            ("Tenby", "Boston"),
        ),
    ],
)
def test_no_time_or_scene_in_a_named_target(sentence, expected):
    assert expected in locations(extract(sentence))
