"""The broad reader of filming places in lists (offer_place_items): an item that opens
with a place's name, under a heading about filming or with a filming word of its own,
is offered to the editor as a location suggestion. Every line here is invented."""

import pytest

from .test_offer_places import offered
from .test_place_rules import extract, names

# An item with a filming word of its own, opening with the name (past a time, a
# number or a label).
OWN_WORD = [
    (
        "<ul><li>10:30 — Corran Mill, where the dance was filmed</li></ul>",
        "Corran Mill",
    ),
    ("<ul><li>Shot at: Fennick, Ontario</li></ul>", "Fennick"),
    ("<ul><li>2. Kessel Quay (the ferry scenes)</li></ul>", "Kessel Quay"),
]
# An item under a heading about filming.
UNDER_HEADING = [
    (
        ("H: Where they shot it", "<ul><li>Dunmere Castle, near Hexby</li></ul>"),
        "Dunmere Castle",
    ),
    (
        ("H: Scenes and spots", "<ul><li>14:00 – Lanmore, the harbour wall</li></ul>"),
        "Lanmore",
    ),
    (
        (
            "H: Where they shot it",
            "<ul><li>Ashby Court, near Kelton, where the balloons rise</li></ul>",
        ),
        "Ashby Court",
    ),
]
# Not offered: a shot's label, a description, a citation, a denial, no filming at all.
NOT_OFFERED = [
    ("H: The shots", "<ul><li>Wide: the van crests the hill</li></ul>"),
    ("H: The locations", "<ul><li>Steep, winding lane; park below</li></ul>"),
    ("H: Filming notes", "<ul><li>Harker, J. “Shooting the Coast”, p. 12</li></ul>"),
    ("<ul><li>Morrow Abbey, where nothing was filmed</li></ul>",),
    ("H: Places to eat", "<ul><li>Velden Square, the best waffles</li></ul>"),
]


@pytest.mark.parametrize("paragraph, name", OWN_WORD)
def test_an_item_about_filming_offers_its_opening_place(paragraph, name):
    assert name in offered(extract(paragraph))


@pytest.mark.parametrize("paragraphs, name", UNDER_HEADING)
def test_an_item_under_a_filming_heading_offers_its_opening_place(paragraphs, name):
    assert name in offered(extract(*paragraphs))


@pytest.mark.parametrize("paragraphs", NOT_OFFERED)
def test_labels_descriptions_citations_and_denials_are_not_offered(paragraphs):
    assert offered(extract(*paragraphs)) == []


def test_the_item_gives_a_suggestion_and_no_block():
    post = extract(
        "H: Where they shot it", "<ul><li>Dunmere Castle, near Hexby</li></ul>"
    )
    assert "Dunmere Castle" not in names(post)
    kinds = {
        i["kind"] for i in post.suggested if i["value"]["name"] == "Dunmere Castle"
    }
    assert kinds == {"location"}
