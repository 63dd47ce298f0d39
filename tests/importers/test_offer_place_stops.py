"""The stops of a location tour (offer_place_stops): a heading or a line opening with
a stop's label ("Stop 2: X", "Third stop: X, Y", "Location 1 - X") and a capitalised
name, in a post that speaks of filming, is offered as a location suggestion when no
block holds it; not a trip's day, a skipped stop, a guide's address to the group, nor
a stop in a post that never speaks of filming. Every sentence here is invented."""

import pytest

from .test_offer_places import offered
from .test_place_rules import extract, locations

FILMING = "The crew shot the whole picture on the island in one wet spring."

NUMBERED = [
    (("H: Stop 1: Kellmoor Quay", "We start at the water."), "Kellmoor Quay"),
    (("Location 3 - Harl Sands, Fennshire",), "Harl Sands"),
    (("H: Site 2. Oddry Mill", "The mill is a café now."), "Oddry Mill"),
]
ORDINAL = [
    (("First stop: Castel Vorno.",), "Castel Vorno"),
    (("Second stop: Piazza Dellasta, Vorno.",), "Piazza Dellasta"),
    (("H: Final location: the Brennick Viaduct", "Bring a coat."), "Brennick Viaduct"),
]
NOT_OFFERED = [
    ("Day 2: Tarrowgate, for the night.",),
    ("Stop 3: Pell Cove (skipped, the road was shut).",),
    ("Stop 4. Folks, on your left, the old quay.",),
]


@pytest.mark.parametrize("paragraphs, place", NUMBERED + ORDINAL)
def test_a_stop_label_and_a_name_in_a_filming_post_is_offered(paragraphs, place):
    assert place in offered(extract(FILMING, *paragraphs))


@pytest.mark.parametrize("paragraphs", NOT_OFFERED)
def test_a_day_a_skipped_stop_or_an_address_is_not_offered(paragraphs):
    assert offered(extract(FILMING, *paragraphs)) == []


def test_a_stop_in_a_post_that_never_speaks_of_filming_is_not_offered():
    assert offered(extract("We walked all day.", "First stop: Castel Vorno.")) == []


def test_a_stop_offer_is_a_suggestion_and_no_block():
    post = extract(FILMING, "First stop: Castel Vorno.")
    assert "Castel Vorno" not in [name for name, _stood in locations(post)]
    (item,) = [
        item
        for item in post.suggested
        if item["kind"] == "location" and item["value"]["name"] == "Castel Vorno"
    ]
    assert item["message"] == "Possible filming place: Castel Vorno"
