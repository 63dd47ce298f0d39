"""Location offers the sentence itself takes back (offer_place_unfilmed): a place only
wished or planned for, reported as hearsay to doubt it, asked about in a question of
its own clause, or denied after its name ("nothing ... was shot there") is no longer
offered; a place in a clause that turns from the wish to what was done, or a list
that merely ends with a question, still is. Every sentence here is invented."""

import pytest

from wagtail_montage.importers.extraction import extract as extract_module

from .test_place_rules import extract, locations


def offered(post):
    return [
        item["value"]["name"] for item in post.suggested if item["kind"] == "location"
    ]


WISHED = [
    (
        "The crew had hoped to shoot at Varrow Quay, but the harbour board said no.",
        "Varrow Quay",
    ),
    (
        "The director wanted to film on Tessel Island but it was too far.",
        "Tessel Island",
    ),
    (
        "The studio applied to film inside Marrick Abbey and was turned down.",
        "Marrick Abbey",
    ),
    (
        "The producers planned to shoot in Corriston Harbour but the permit fell through.",
        "Corriston Harbour",
    ),
]
HEARSAY = [
    (
        "Some sources say the ferry scene was filmed at Drummel Pier, which is a myth.",
        "Drummel Pier",
    ),
    ("Locals tell visitors the dance was filmed in Tarnby Hall.", "Tarnby Hall"),
    (
        "A rumour says the finale was filmed at Carrick Mill, which the crew deny.",
        "Carrick Mill",
    ),
]
ASKED = [
    ("Was any of the chase really filmed in Orsova Bay?", "Orsova Bay"),
    ("Q: Was the wedding filmed in Carrowby?", "Carrowby"),
    ("Q: Were the night scenes filmed at Dunmore Quay?", "Dunmore Quay"),
]
DENIED = [
    (
        "The crew slept at Tarrow Lodge, though none of the scenes were shot there.",
        "Tarrow Lodge",
    ),
    (
        "Their base was Hollin Yard; nothing of the chase was filmed there.",
        "Hollin Yard",
    ),
    ("The crew ate at Oxley Farm; no part of the film was shot there.", "Oxley Farm"),
]
CASES = WISHED + HEARSAY + ASKED + DENIED


@pytest.mark.parametrize("sentence, place", CASES)
def test_a_place_only_wished_rumoured_asked_or_denied_is_not_offered(sentence, place):
    assert place not in offered(extract(sentence))


@pytest.mark.parametrize("sentence, place", CASES)
def test_without_the_filter_the_same_place_would_be_offered(
    monkeypatch, sentence, place
):
    """The cases are offers the filter takes back, not sentences nothing reads."""
    monkeypatch.setattr(extract_module, "drop_unfilmed_places", lambda ctx: None)
    assert place in offered(extract(sentence))


KEPT = [
    # the turn from the wish to what was done keeps the later place
    "The director wanted to shoot abroad, but the whole montage was done on a "
    "footbridge and along the Tarrow Embankment.",
    # a question that ends a list is not the name's own clause
    "Mostly on the north coast: the surf scenes at Kestle Quay in Pormouth, the bar "
    "scenes in Orrin-le-Sable, and one sunset at Mabley, but who minds?",
]


@pytest.mark.parametrize("sentence", KEPT)
def test_a_turned_or_listed_place_keeps_its_offer(monkeypatch, sentence):
    before = offered(extract(sentence))
    monkeypatch.setattr(extract_module, "drop_unfilmed_places", lambda ctx: None)
    assert before and before == offered(extract(sentence))


def test_the_filter_takes_back_an_offer_and_makes_no_block():
    post = extract(WISHED[0][0])
    assert locations(post) == []
    assert offered(post) == []
    assert not any("Varrow Quay" in line for line in post.suggestions)
