"""A place after a distance or a direction and a comma ("filmed some twenty miles to
the south, at X", "shot a little way inland, in Y") is where it was filmed; a comma
before a time or a way with no name after it names none. Every sentence here is
invented for the test."""

import pytest

from .test_place_rules import extract, names


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The beach shots were filmed some twenty miles to the south, at Seaside "
            "Bay, and nothing matches.",
            ["Seaside Bay"],
        ),
        (
            "The mill scenes were shot a little way inland, in Hebden Bridge.",
            ["Hebden Bridge"],
        ),
        (
            "The last scenes were filmed a few miles upriver, at the Bingley Locks.",
            ["Bingley Locks"],
        ),
    ],
)
def test_the_place_after_a_way_and_a_comma_is_found(sentence, expected):
    assert names(extract(sentence)) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The scenes were shot a little way inland, in the rain.",
        "The scenes were filmed far away, in March.",
    ],
)
def test_a_time_or_no_name_after_the_comma_is_no_place(sentence):
    assert names(extract(sentence)) == []
