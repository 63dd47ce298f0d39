"""A stand-in verb after an effort ("trying very hard to pass for", "straining to
look like", "doing its best to stand in for") still says what a place played; an
effort that is no stand-in ("trying to find parking") or a person's ("Ada Bell,
trying hard to look like Garbo") gives no stand-in. Every sentence here is invented
for the test."""

import pytest

from .test_place_rules import extract, locations


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The beach is Carmel, California, trying very hard to pass for coastal"
            " Oregon.",
            ("Carmel", "coastal Oregon"),
        ),
        (
            "The harbour scenes were shot in Hull, straining to look like Rotterdam.",
            ("Hull", "Rotterdam"),
        ),
        (
            "The market scenes were shot in Leith, which does its best to stand in for"
            " Amsterdam.",
            ("Leith", "Amsterdam"),
        ),
    ],
)
def test_an_effort_before_a_stand_in_verb(sentence, expected):
    assert expected in locations(extract(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "We shot in Carmel, trying to find parking for the trucks every morning.",
        "The singer Ada Bell, trying hard to look like Garbo, sang the last verse.",
    ],
)
def test_no_stand_in_from_another_effort(sentence):
    assert not [stood for _name, stood in locations(extract(sentence)) if stood]
