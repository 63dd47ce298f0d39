"""What a place played, described by a kind of site the other lists leave out ("a
terminal on Puget Sound", "the Newark depot", "a Dublin café"), is a place, so the
stand-in is kept; a word that only describes something else ("a road movie", "a
garage band") is none. Every sentence here is invented for the test."""

from .test_place_rules import extract, locations

SITES = {
    "Kelso Bay is playing a ferry terminal on the Baltic.": [
        ("Kelso Bay", "a ferry terminal on the Baltic")
    ],
    "Tarrow Beach is playing the Newark depot.": [("Tarrow Beach", "the Newark depot")],
    "Orrin Harbour is playing a Dublin café.": [("Orrin Harbour", "a Dublin café")],
    # Traps: what was played is no site.
    "Ada Vell is playing a road movie heroine.": [],
    "The Kell Arms is playing a garage band tonight.": [],
}


def test_a_kind_of_site_played_is_a_place():
    assert {sentence: locations(extract(sentence)) for sentence in SITES} == SITES
