"""A relative clause whose subject is the film itself says what a place played:
"X, which the film presents as Y", "which the movie asks us to take as Y", "which
the script insists is Y", with an aside before the verb or not, and Y a name after
its article ("the Sahara", "the Welsh marches"). Another subject, or a lowercase Y
after "is supposed to be", is no stand-in. Every sentence here is invented for the test."""

import pytest

from .test_place_rules import extract, locations

FOUND = {
    "The duel was filmed at Corrin Sands, which the film presents as the Gobi.": (
        "Corrin Sands",
        "the Gobi",
    ),
    "The crossing was shot on the Marrow Flats, which the movie asks us to accept "
    "as the Atacama, hired llama and all.": ("Marrow Flats", "the Atacama"),
    "The ride was filmed in Holt Gorge in Idaho, which the picture, without a wink, "
    "presents as the Welsh marches.": ("Holt Gorge", "the Welsh marches"),
    "The storm was shot at Varrow Cove, which the script insists is Tahiti.": (
        "Varrow Cove",
        "Tahiti",
    ),
    "The mill is Tessel Works, which the film passes off as a Silesian foundry.": (
        "Tessel Works",
        "a Silesian foundry",
    ),
}


@pytest.mark.parametrize("sentence", FOUND)
def test_the_film_says_what_a_place_played(sentence):
    assert locations(extract(sentence)) == [FOUND[sentence]]


TRAPS = {
    "The crew filmed at Pellow Farm, which was supposed to be the easy week.": (
        "Pellow Farm"
    ),
    "We filmed at Dunmere Quay, which the harbour master presents as his own.": (
        "Dunmere Quay"
    ),
    "We filmed at Kelby Strand, which the landlord insists is the best in Devon.": (
        "Kelby Strand"
    ),
}


@pytest.mark.parametrize("sentence", TRAPS)
def test_another_subject_or_a_plan_is_no_stand_in(sentence):
    assert locations(extract(sentence)) == [(TRAPS[sentence], "")]
