"""The stand-in offers after a weak cue ("plays", "playing", "as") for a name no block
holds (offer_stand_ins): offered when the name ends with a site's or a landform's word
or the sentence speaks of filming or of a filmed scene, and what it played is a name or
a place's noun; not a person playing a part, a musician playing an instrument, nor the
town a site is moored or set in. Every sentence here is invented for the test."""

import pytest

from .test_offer_stand_ins import offered
from .test_place_rules import extract, locations

# A sentence about filming or a filmed scene, a name no block holds, a weak cue.
IN_FILMING_SENTENCES = [
    (
        "The night exteriors are a trawler in the harbour of Pellsund, which plays "
        "Tromsø in the second half.",
        ("Pellsund", "Tromsø"),
    ),
    (
        "In the montage, that's the Marrow Undercroft, playing a Detroit parking "
        "garage.",
        ("Marrow Undercroft", "a Detroit parking garage"),
    ),
    (
        "The sequence ends up on Kelby Moss, playing the Yorkshire moors for a night.",
        ("Kelby Moss", "the Yorkshire moors"),
    ),
]
# A name ending with a site's or a landform's word, no filming word.
SITE_NAMES = [
    (
        "The old sheds of the Kallberg Docks play the Antwerp waterfront, and nobody "
        "noticed.",
        ("Kallberg Docks", "the Antwerp waterfront"),
    ),
    (
        "The old sheds of the Ostry Flats play a salt lake in Chile, more or less.",
        ("Ostry Flats", "a salt lake in Chile"),
    ),
    (
        "The old jetties of the Wennick Waterfront play a harbour in Maine.",
        ("Wennick Waterfront", "a harbour in Maine"),
    ),
]
# Not offered.
NOT_OFFERED = [
    ("Anna Prell and Tom Vask play the two sisters, and the film was shot in a week.",),
    ("The score is by Oren Sall, who also plays the mandolin on the montage.",),
    (
        "The scenes in the montage were shot in a week, and Rosa Teller plays the bride.",
    ),
    ("Brannock plays a Baltic ferry port, but only in the poster.",),
]


@pytest.mark.parametrize("sentence, pair", IN_FILMING_SENTENCES + SITE_NAMES)
def test_a_weak_cue_about_filming_or_after_a_site_name_is_offered(sentence, pair):
    assert pair in offered(extract(sentence))


@pytest.mark.parametrize("paragraphs", NOT_OFFERED)
def test_a_part_an_instrument_or_a_bare_name_is_not_offered(paragraphs):
    assert offered(extract(*paragraphs)) == []


def test_the_town_of_a_moored_site_is_not_offered():
    post = extract(
        "The deck scenes were shot aboard the Vell Castle, moored at Wickport, which "
        "plays a Cairo steamer."
    )
    assert all(name != "Wickport" for name, _target in offered(post))


def test_a_weak_cue_offer_is_a_suggestion_and_no_block():
    post = extract(
        "The old sheds of the Kallberg Docks play the Antwerp waterfront, and nobody "
        "noticed."
    )
    assert locations(post) == []
    (item,) = [item for item in post.suggested if item["kind"] == "location"]
    assert item["message"] == (
        "Possible stand-in: Kallberg Docks for the Antwerp waterfront"
    )
    assert item["value"]["stood_in_for"] == "the Antwerp waterfront"
