"""Stand-in verbs beyond "doubled for" and "played": a place passed off, got up, cast,
substituting, masquerading or serving as another, and a relative clause whose own
subject dressed or passed it off ("X, which she dressed as Y"). A person cast as a
part, or a place that served the crew, is no stand-in. Every sentence here is
invented for the test."""

import pytest

from .test_place_rules import extract, locations

FOUND = {
    "The aerials are Cold Notch Point in Utah, substituting for the rim of a canyon.": (
        "Cold Notch Point",
        "the rim of a canyon",
    ),
    "The party was filmed at Gullhaven Park in Seacliff, got up as a lake in Ohio.": (
        "Gullhaven Park",
        "a lake in Ohio",
    ),
    "The road scenes were shot on the Ferrow Pass Highway, cast as a highway in Nevada.": (
        "Ferrow Pass Highway",
        "a highway in Nevada",
    ),
    "The pier is Vastrand, on the north shore, which she dressed as a Baltic port.": (
        "Vastrand",
        "a Baltic port",
    ),
    "The mill is Kessel Works, which the film cheerfully passes off as Lodz.": (
        "Kessel Works",
        "Lodz",
    ),
    "Kell Abbey turns up in the film as a Bavarian monastery.": (
        "Kell Abbey",
        "a Bavarian monastery",
    ),
    "The pub is the Kell Arms in Tarrow, dressed by the art department as a bar.": (
        "Kell Arms",
        "a bar",
    ),
    "The ballroom scenes were shot at Delling House, which served as a palace.": (
        "Delling House",
        "a palace",
    ),
}


@pytest.mark.parametrize("sentence", sorted(FOUND))
def test_a_further_stand_in_verb_says_what_a_place_played(sentence):
    assert locations(extract(sentence)) == [FOUND[sentence]]


# A person cast as a part, or what a place served as for the crew: no stand-in.
TRAPS = {
    "Nadia Frost was cast as the nurse, and it was filmed at Kelso Bay.": "Kelso Bay",
    "The crew filmed at Corran Hall, which served as the unit base.": "Corran Hall",
    "Ada Vell turns up in the film as the nurse, and it was shot at Kelso Bay.": (
        "Kelso Bay"
    ),
}


def test_a_part_or_the_crew_use_is_no_stand_in():
    played = {sentence: locations(extract(sentence)) for sentence in TRAPS}
    assert played == {sentence: [(TRAPS[sentence], "")] for sentence in TRAPS}
