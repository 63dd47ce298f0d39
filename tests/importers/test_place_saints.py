"""A saint's possessive before one word keeps a place's name whole ("St Michael's
Mount", not "Mount" in "St Michael"); a town named after a saint still owns a place
of two words, or one said to be its district. Every sentence here is invented for the
test."""

import pytest

from .test_place_rules import extract, locations

# A saint's place, and what it played if anything.
SAINTS_PLACES = {
    "The causeway scene was filmed at St Corentin's Mount, just along the bay.": (
        "St Corentin's Mount",
        "",
    ),
    "The kiss was filmed at Saint Hild's Foss, which played a Norwegian fjord.": (
        "Saint Hild's Foss",
        "a Norwegian fjord",
    ),
    "The picnic was shot on St. Elwy's Knoll, in the rain.": ("St. Elwy's Knoll", ""),
}


@pytest.mark.parametrize("sentence", sorted(SAINTS_PLACES))
def test_a_saint_owns_no_town(sentence):
    assert locations(extract(sentence)) == [SAINTS_PLACES[sentence]]


def test_a_town_named_after_a_saint_still_owns_its_places():
    beach = extract("The surf scenes were filmed at St Ives's Porthmeor Beach.")
    assert locations(beach) == [("Porthmeor Beach", "")]
    district = extract("They filmed the parade in St Louis's Soulard district.")
    assert locations(district) == [("Soulard", "")]
