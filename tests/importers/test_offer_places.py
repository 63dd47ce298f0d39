"""The broad reader of filming places (offer_places): a capitalised name after a
place preposition in a clause about filming, under a heading about filming, or said
to be what a filmed thing is, that no block holds, is offered to the editor as a
location suggestion, never a block. Every sentence here is invented for the test."""

import pytest

from .test_place_rules import extract, locations


def offered(post):
    return [
        item["value"]["name"]
        for item in post.suggested
        if item["kind"] == "location" and item["message"].startswith("Possible filming")
    ]


# A preposition in a clause that speaks of filming (a shot, the footage, the crew).
AFTER_PREPOSITIONS = [
    (
        "The night scenes were shot on a footbridge, and the dawn chase along the "
        "Tarrow Embankment.",
        "Tarrow Embankment",
    ),
    (
        "The crew spent a fortnight down the coast in Pellworth, where the quay got a "
        "coat of paint.",
        "Pellworth",
    ),
    ("A couple of shots of the ferry, taken at Grennock, ended up in it.", "Grennock"),
    (
        "The dancing footage was all gathered across Selby Marsh in a week.",
        "Selby Marsh",
    ),
]
# Under a heading about filming, with no filming word in the sentence itself.
UNDER_HEADINGS = [
    (
        (
            "H: Where they shot it",
            "The stunt riders spent a cold week outside Marrowby.",
        ),
        "Marrowby",
    ),
    (
        ("H: Where it was shot", "The picnic took place near the Holloway Stones."),
        "Holloway Stones",
    ),
    (
        ("H: Filming locations", "The whole of the final act is over at Pitlerrow."),
        "Pitlerrow",
    ),
]
# Said to be what a filmed thing is: "the X shots are Y", "That's Y" after filming.
AFTER_COPULAS = [
    (("The lake shots are Loch Tarrin, no question.",), "Loch Tarrin"),
    (
        (
            "The rooftop chase was shot over three nights.",
            "That's the Halverd Lighthouse, of course.",
        ),
        "Halverd Lighthouse",
    ),
    (
        ("The long shot of the moor, the one that opens the montage, is Harrow Fell.",),
        "Harrow Fell",
    ),
    (
        ("The crowd scenes were filmed in May.", "It's the Tallis Arcade, in bunting."),
        "Tallis Arcade",
    ),
    (
        ("The pub where the brothers argue is the Drovers Arms, out past Kelby.",),
        "Drovers Arms",
    ),
]


# Not offered: a life, the story's setting, a recording, a question, a claim taken
# back, a town after its site, a name that only describes a canal.
NOT_OFFERED = [
    ("Director Ann Marsh grew up in Kelby, and the crew filmed the race there.",),
    ("The story is set in Denver, but the crew shot it elsewhere.",),
    ("The song was recorded in Tallin Studios, and the shoot was a week later.",),
    ("Was any of it shot in Arbroath?",),
    ("Everyone says the chase was shot on Merrow Quay; it wasn't.",),
    ("The ferry scenes were filmed at the old Stannock pier, which plays Oslo.",),
    ("Those scenes were shot on the Harwood and Tolley Canal in spring.",),
]


@pytest.mark.parametrize("sentence, place", AFTER_PREPOSITIONS)
def test_a_name_after_a_preposition_in_a_filming_clause_is_offered(sentence, place):
    assert offered(extract(sentence)) == [place]


@pytest.mark.parametrize("paragraphs, place", UNDER_HEADINGS)
def test_a_name_under_a_filming_heading_is_offered(paragraphs, place):
    assert offered(extract(*paragraphs)) == [place]


@pytest.mark.parametrize("paragraphs, place", AFTER_COPULAS)
def test_a_name_a_filmed_thing_is_said_to_be_is_offered(paragraphs, place):
    assert offered(extract(*paragraphs)) == [place]


@pytest.mark.parametrize("paragraphs", NOT_OFFERED)
def test_a_story_a_life_a_question_or_a_denial_offers_nothing(paragraphs):
    assert offered(extract(*paragraphs)) == []


def test_a_name_a_block_holds_is_not_offered_again():
    post = extract("The harbour scenes were filmed at the Pellworth Quay.")
    assert locations(post) == [("Pellworth Quay", "")]
    assert offered(post) == []


def test_the_offer_is_a_suggestion_with_a_location_block_and_no_block():
    post = extract("A couple of shots of the ferry, taken at Grennock, ended up in it.")
    assert locations(post) == []
    (item,) = [item for item in post.suggested if item["kind"] == "location"]
    assert item["message"] == "Possible filming place: Grennock"
    assert item["value"]["name"] == "Grennock"
    assert item["value"]["kind"] == "filming_location"
    assert any(
        line.startswith("Possible filming place: Grennock") for line in post.suggestions
    )
