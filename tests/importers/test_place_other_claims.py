"""A filming place another text claimed ("An earlier version stated that the race was
filmed at X", "A widely shared post says it was shot in X") or another work's shoot
("a 1981 television serial filmed at X", "the remake, filmed in X") is no place of the
film: neither a block nor an offer; the correction that follows keeps its own place.
Every sentence here is invented for the test."""

import pytest

from wagtail_montage.importers.extraction import extract as extract_module

from .test_offer_place_unfilmed import offered
from .test_place_rules import extract, locations, names

CLAIMED = [
    (
        "An earlier version stated that the boat race was filmed at Pelling Reach.",
        "Pelling Reach",
    ),
    (
        "A widely shared post says the song was a hit and was filmed in Garrowmouth.",
        "Garrowmouth",
    ),
    ("Your article said the film was shot in Tallisford.", "Tallisford"),
    (
        "An earlier version of this post said the dance was filmed at Orrin Hall.",
        "Orrin Hall",
    ),
]
OTHER_WORKS = [
    (
        "Box 2 holds papers of a 1981 television serial filmed at Quarry Head.",
        "Quarry Head",
    ),
    ("Skip the 2011 remake, filmed in Dunmarsh, which nobody liked.", "Dunmarsh"),
]
CASES = CLAIMED + OTHER_WORKS


@pytest.mark.parametrize("sentence, place", CASES)
def test_a_place_another_text_or_work_claims_is_neither_block_nor_offer(
    sentence, place
):
    post = extract(sentence)
    assert place not in names(post)
    assert place not in offered(post)


@pytest.mark.parametrize("sentence, place", CASES)
def test_without_the_offer_filter_the_place_would_be_offered(
    monkeypatch, sentence, place
):
    """The cases are offers the filter takes back, not sentences nothing reads."""
    monkeypatch.setattr(extract_module, "drop_unfilmed_places", lambda ctx: None)
    assert place in offered(extract(sentence))


def test_the_correction_after_the_claim_keeps_its_place():
    post = extract(
        "An earlier version stated that the boat race was filmed at Pelling Reach. "
        "It was filmed at Warby Lock, standing in for Pelling Reach."
    )
    assert locations(post) == [("Warby Lock", "Pelling Reach")]


@pytest.mark.parametrize(
    "sentence, place",
    [
        ("The film, as the article explains, was shot in Tallisford.", "Tallisford"),
        ("The serial killer's lair was filmed at Quarry Head.", "Quarry Head"),
    ],
)
def test_the_films_own_shoot_keeps_its_place(sentence, place):
    assert place in names(extract(sentence))
