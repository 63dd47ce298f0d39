"""A place after "over" right after a way's noun ("on the road over X") and a list's
next place after "the shore of" ("and along the shore of Y") are where it was filmed;
"over" as a time ("over Christmas") and a new clause after "and" name none. Every
sentence here is invented for the test."""

import pytest

from .test_place_rules import extract, names


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Most of the drive was filmed on the road over Lewis Pass and along the "
            "shore of Lake Tekapo, and the weather held.",
            ["Lewis Pass", "Lake Tekapo"],
        ),
        (
            "They filmed the chase on the old track over Kirkstone Pass.",
            ["Kirkstone Pass"],
        ),
        (
            "They filmed it in Wanaka and on the banks of the Clutha.",
            ["Wanaka", "Clutha"],
        ),
    ],
)
def test_a_way_over_a_place_or_a_shore_of_one_names_it(sentence, expected):
    assert names(extract(sentence)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("They filmed the whole thing over Christmas in a studio.", []),
        ("They filmed it in Wanaka and the rest of the cast hated it.", ["Wanaka"]),
    ],
)
def test_over_a_time_or_a_new_clause_names_no_place(sentence, expected):
    assert names(extract(sentence)) == expected
