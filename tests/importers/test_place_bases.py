"""Where the crew was based, once the post has named where it filmed, is where they
slept, not a filming place; said first, or with no filming place before it, it stays
the post's place. Every sentence here is invented for the test."""

from .test_place_rules import extract, names

BASES = [
    (
        "The lake scenes were filmed at Loch Carran, playing a lake in Norway.",
        "The crew were based in Dunmore and drove out every morning.",
    ),
    (
        "The harbour is Port Elnie, standing in for Boston.",
        "The unit was based in Kirkwall for the whole month.",
    ),
    (
        "They shot the dance at the Velling Ballroom.",
        "The crew camped at Tarn Hollow, an hour away.",
    ),
]
FIRST_BASES = [
    ("The production was based in Dunmore, and the harbour scenes are all there.",),
    ("The crew were based in Kirkwall for the shoot.", "It rained every day."),
]


def test_a_base_after_the_filming_places_is_no_place():
    assert [names(extract(*paragraphs))[1:] for paragraphs in BASES] == [[], [], []]


def test_a_base_said_first_stays_the_place():
    found = [names(extract(*paragraphs)) for paragraphs in FIRST_BASES]
    assert found == [["Dunmore"], ["Kirkwall"]]
