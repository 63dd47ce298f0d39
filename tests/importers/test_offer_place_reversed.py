"""The broad reader of stand-ins said the other way round (offer_place_reversed): what
the film calls a place, then the real one ("Y is actually X", "Y was played by X",
"the ones supposed to be Y are at X", "pretends X is Y"), offered to the editor as a
location suggestion with its stood-in-for. Every sentence here is invented."""

import pytest

from .test_offer_stand_ins import offered
from .test_place_rules import extract

# "Y is actually X": the fiction before the copula, a site's name after it.
REAL_AFTER = [
    (
        ("Fairhollow Academy is actually Dunmere Castle, up in the Borders.",),
        ("Dunmere Castle", "Fairhollow Academy"),
    ),
    (
        ("Remember Crowley Bay? Crowley Bay was in fact Pellan Beach in Cornwall.",),
        ("Pellan Beach", "Crowley Bay"),
    ),
    (
        ("In the last reel, Saint Agathe Convent is really Morrow Abbey.",),
        ("Morrow Abbey", "Saint Agathe Convent"),
    ),
    (
        ("The town of Millbrook is played by Tarrin Village for the whole shoot.",),
        ("Tarrin Village", "Millbrook"),
    ),
]
# "the ones supposed to be Y, are at X".
SUPPOSED = [
    (
        ("The harbour scenes, the ones supposed to be Lisbon, are at Kessel Quay.",),
        ("Kessel Quay", "Lisbon"),
    ),
    (
        ("The street bits, which are meant to be Naples, are in Corran Lane.",),
        ("Corran Lane", "Naples"),
    ),
    (
        ("Every night shot that is supposed to be Prague, is at Velden Square.",),
        ("Velden Square", "Prague"),
    ),
]
# "pretends X is Y".
PRETENDS = [
    (
        ("The whole film pretends Harlow Sands is a Florida beach.",),
        ("Harlow Sands", "a Florida beach"),
    ),
    (
        ("Somehow the montage pretends that the Tenby Docks is a Soviet port.",),
        ("Tenby Docks", "a Soviet port"),
    ),
    (
        ("Our favourite trick: the director pretends Grisedale Moor is Siberia.",),
        ("Grisedale Moor", "Siberia"),
    ),
]
# Not offered: a person "is actually" a person, a denial, a pronoun.
NOT_OFFERED = [
    ("The hero is actually Tom Reddy, not his stunt double.",),
    ("Kelby Hall is not actually Fennick Castle, whatever the forums say.",),
    ("It is actually Morrow Abbey, and the crew filmed there for a week.",),
]


@pytest.mark.parametrize("paragraphs, pair", [*REAL_AFTER, *SUPPOSED, *PRETENDS])
def test_the_fiction_then_the_real_place_is_offered(paragraphs, pair):
    assert pair in offered(extract(*paragraphs))


@pytest.mark.parametrize("sentence", [text for (text,) in NOT_OFFERED])
def test_a_person_a_denial_or_a_pronoun_offers_no_stand_in(sentence):
    post = extract(sentence)
    assert not [pair for pair in offered(post) if pair[1]]


def test_the_reversed_offer_holds_a_location_value_and_makes_no_block():
    post = extract("Fairhollow Academy is actually Dunmere Castle, up in the Borders.")
    assert not any(fact["kind"] == "location" for fact in post.facts)
    values = [i["value"] for i in post.suggested if i["kind"] == "location"]
    assert ("Dunmere Castle", "Fairhollow Academy") in {
        (value["name"], value["stood_in_for"]) for value in values
    }
