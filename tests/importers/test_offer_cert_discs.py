"""Suggested certifications told as the award itself (offer_certifications.stated):
"a silver disc", "their gold discs", with no verb of certifying; a silver disc whose
certifier is not named is the BPI's; a negation in an earlier clause of the sentence
does not deny the level. Never a block."""

import pytest

from .test_discourse import certifications, extract
from .test_offer_charts import offered

INTRO = (
    "The pier sequence runs on “Tin Kettle Tide” by the Dunmore Ravens, a single"
    " every chip shop radio played that August."
)
SONG = "Tin Kettle Tide"


# Sentences that tell the award as a disc, none with a verb of certifying, and the
# frame each tries.
DISCS = {
    "Within a year the band had their first silver disc.": "possessed",
    "A silver disc hangs in the drummer's hallway to this day.": "a subject",
    "It earned them a shiny silver disc and a slot on the telly.": "an adjective",
    "The boys posed with the silver disc for the local paper.": "after with",
    "Number five in the UK that spring, a record they could not better, and a"
    " silver disc from the BPI by June.": "a negation in an earlier clause",
}


@pytest.mark.parametrize("text", sorted(DISCS))
def test_an_award_told_as_a_disc_is_offered(text):
    post = extract(INTRO, text)
    assert (SONG, "silver", "bpi") in offered(post), DISCS[text]
    assert not certifications(post)


@pytest.mark.parametrize(
    "text",
    [
        "The singer never got a silver disc for it, to her lasting annoyance.",
        "Her costume had a silver disc of a brooch pinned to the collar.",
        "The van had silver disk brakes fitted before the tour.",
    ],
)
def test_traps_are_not_offered(text):
    assert not [
        found for found in offered(extract(INTRO, text)) if found[1] == "silver"
    ]


def test_the_offer_is_a_suggestion_not_a_block():
    post = extract(INTRO, "By Christmas the single had picked up a silver disc.")
    assert (SONG, "silver", "bpi") in offered(post)
    assert not certifications(post)
    assert any("Possible certification" in line for line in post.suggestions)
