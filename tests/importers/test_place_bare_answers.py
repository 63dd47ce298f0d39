"""A name that answers on its own a question of where a scene was filmed ("Where was
that shot? A: X Abbey."), and the answers that name no place. Every sentence here is
invented for the test."""

import pytest

from .test_place_rules import extract, names


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        (("The old mill: where was that shot?", "A: Corrin Abbey."), ["Corrin Abbey"]),
        (
            ("Where was the bridge scene filmed? Tallow Ford, in Kent.",),
            ["Tallow Ford"],
        ),
    ],
)
def test_a_bare_name_answers_where_it_was_filmed(paragraphs, expected):
    assert names(extract(*paragraphs)) == expected


# Traps: a word that opens the answer, a person, a question not about filming.
@pytest.mark.parametrize(
    "paragraphs",
    [
        ("Where was it filmed?", "A: Mostly on soundstages."),
        ("Where was it shot?", "Nowhere, really."),
        ("Where was the chase shot? Peter Marsh says Kent.",),
        ("Where did the band meet? A: Corrin Abbey.",),
    ],
)
def test_no_place_from_an_answer_that_names_none(paragraphs):
    assert names(extract(*paragraphs)) == []
