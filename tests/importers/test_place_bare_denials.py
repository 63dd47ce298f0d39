"""A sentence that only denies the claim the sentence before reports ("Your reviewer
says it was filmed at X. It was not."): X is no filming place; a denial after a plain
account, or a sentence that only starts like a denial, takes nothing back. Every
sentence here is invented for the test."""

import pytest

from .test_place_rules import extract, names


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "The sleeve notes claim the lake scenes were filmed at Windermere.",
                "They were not.",
                "The lake scenes were shot on Coniston Water.",
            ),
            ["Coniston Water"],
        ),
        (
            (
                "Everybody at the pub says the fair was shot in Whitby.",
                "It wasn't!",
                "The fair was filmed in Scarborough.",
            ),
            ["Scarborough"],
        ),
        (
            (
                "My uncle swears the chase was filmed in Harrogate.",
                "No, it was not.",
            ),
            [],
        ),
        # A plain account, the denial about what comes after the place.
        (
            (
                "The market scene was filmed in Ripon, and I went along to check "
                "the caterers had been paid.",
                "They hadn't.",
            ),
            ["Ripon"],
        ),
        # A sentence that goes on after the denial's words denies no place.
        (
            (
                "The guide says the wedding was filmed in Knaresborough.",
                "It was not an easy shoot.",
            ),
            ["Knaresborough"],
        ),
    ],
)
def test_a_bare_denial_takes_back_the_claim_before(paragraphs, expected):
    assert names(extract(*paragraphs)) == expected
