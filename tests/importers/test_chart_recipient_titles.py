"""A level named as an award and then the record it was for, by its noun and its
title ("an RIAA gold record award for the single “X”"), is that title's, even when
the sentence is the first to name it."""

import pytest

from .test_discourse import certifications, extract

# Each award's words, then the record it is for: (noun, title, level, certifier).
AWARDS = {
    "Lot 14: a framed 1982 RIAA gold record award for the": (
        "single",
        "Ferris Lights",
        "gold",
        "riaa",
    ),
    "This lot is a BPI silver disc for the": ("song", "Tallow Moon", "silver", "bpi"),
    "Up for sale: an ARIA platinum award for the": (
        "album",
        "Red Gum Hours",
        "platinum",
        "aria",
    ),
}


@pytest.mark.parametrize("award", AWARDS)
def test_the_award_is_for_the_titled_record(award):
    noun, title, level, certifier = AWARDS[award]
    post = extract(f"{award} {noun} “{title}”, framed and signed.")
    assert (title, level, None, certifier) in certifications(post)


# A title after "for" that is no record of the award, or no award at all.
TRAPS = [
    "Lot 15: an RIAA gold record award, auctioned for the charity “Shelter Now”.",
    "The frame is gold for the poster “Ferris Lights”, not a record award.",
]


@pytest.mark.parametrize("sentence", TRAPS)
def test_a_title_not_right_after_the_award_is_not_its_record(sentence):
    titles = {fact[0] for fact in certifications(extract(sentence))}
    assert not titles & {"Shelter Now", "Ferris Lights"}
