"""A name after "the" that only qualifies a stretch of land ("on the Gulf coast",
"the Jersey shore", "the Texas side") is no place filmed; a name with its own place
word, or a town before "coast" without "the", still is. Every sentence here is
invented for the test."""

import pytest

from .test_place_rules import extract, names


@pytest.mark.parametrize(
    "sentence",
    [
        "Nearly every exterior was filmed on the Gulf coast, where the rebates were.",
        "They shot it on the Jersey shore in August.",
        "The chase was filmed on the Mexican side, near the river.",
    ],
)
def test_a_name_qualifying_a_stretch_is_no_place(sentence):
    assert names(extract(sentence)) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("They shot it at the Grand Hotel in August.", ["Grand Hotel"]),
        ("They shot the finale on the Causeway Coast at dawn.", ["Causeway Coast"]),
    ],
)
def test_a_named_place_is_still_found(sentence, expected):
    assert names(extract(sentence)) == expected
