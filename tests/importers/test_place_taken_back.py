"""A sentence that only says the one before it was wrong ("Wrong again.", "Nope.",
"It wasn't.") takes back the places that sentence found. Every sentence here is
invented for the test."""

import pytest

from .test_place_rules import extract, names


@pytest.mark.parametrize(
    "paragraph, name",
    [
        (
            "I was sure it was shot around Hastings. Wrong again. The cliffs are Seven Sisters.",
            "Hastings",
        ),
        (
            "For years I had it that the wedding was filmed at Whitby Abbey. Nope.",
            "Whitby Abbey",
        ),
        ("The finale was filmed in Oban, I told everyone. Not so.", "Oban"),
    ],
)
def test_a_place_taken_back_by_the_next_sentence(paragraph, name):
    assert name not in names(extract(paragraph))


@pytest.mark.parametrize(
    "paragraphs, name",
    [
        (("It was shot around Dover. The cliffs are lovely.",), "Dover"),
        (("It was shot in Leeds.", "Wrong again. I meant the sequel."), "Leeds"),
    ],
)
def test_a_place_kept_without_a_taking_back_in_its_paragraph(paragraphs, name):
    assert name in names(extract(*paragraphs))
