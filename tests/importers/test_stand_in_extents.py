"""The extent of what a place played (stand_in_targets): a part of the work after it
("in the dream sequence", "in the heroine's dream", "for the finale") is no part of
it; an owner's lowercase noun inside it is ("the fairy king's court"); a named
target keeps its "province" or "district" and its decade ("Lisbon of the 1950s").
Every sentence here is invented for the test."""

import pytest

from .test_offer_stand_ins import offered
from .test_place_rules import extract, locations

# A part of the work after what was played: cut off.
WORK_PARTS = [
    (
        "That's Harrowby Quarry, doubling for a copper town in Arizona in the dream "
        "sequence.",
        ("Harrowby Quarry", "a copper town in Arizona"),
    ),
    (
        "The garden of the Villa Marenne stood in for a temple on the Nile in the "
        "sailor's dream, with rented palms.",
        ("Villa Marenne", "a temple on the Nile"),
    ),
    (
        "The ballroom of the Grand Kessel Hotel stood in for a casino in Monaco for "
        "the finale.",
        ("Grand Kessel Hotel", "a casino in Monaco"),
    ),
]
# An owner's lowercase noun inside what was played: kept.
OWNED = [
    (
        "The walls of Dunmarrow Castle stood in for the giant queen's fortress, at "
        "dusk.",
        ("Dunmarrow Castle", "the giant queen's fortress"),
    ),
    (
        "Inside, Tollard Abbey stood in for the old bishop's palace, candles and all.",
        ("Tollard Abbey", "the old bishop's palace"),
    ),
    (
        "The farmhouse at Kessock Mains stood in for a sea captain's cottage on the "
        "Maine coast.",
        ("Kessock Mains", "a sea captain's cottage on the Maine coast"),
    ),
]
# A named target's province, district or decade: kept.
NAMED_TAILS = [
    (
        "The war scenes were filmed at Tanay, which doubles as Quang Tri province.",
        ("Tanay", "Quang Tri province"),
    ),
    (
        "The river town of Ostrava stood in for Kleinfeld district, where the "
        "story ends.",
        ("Ostrava", "Kleinfeld district"),
    ),
    (
        "The night scenes were filmed in Sète, which plays Naples of the 1930s, "
        "because of the boats.",
        ("Sète", "Naples of the 1930s"),
    ),
]


@pytest.mark.parametrize("sentence, pair", WORK_PARTS + OWNED + NAMED_TAILS)
def test_what_a_place_played_has_its_extent(sentence, pair):
    assert pair in locations(extract(sentence))


def test_a_name_after_a_comma_is_what_was_played_not_the_owned_noun():
    post = extract(
        "The walls of Brackley Tower stood in for the earl's house, Castle Dunrae."
    )
    assert ("Brackley Tower", "the earl's house") not in locations(post)
    assert ("Brackley Tower", "the earl") not in locations(post)


def test_a_second_cue_is_not_what_was_played():
    post = extract(
        "The harbour scenes were shot in Collioure, which in the film is playing "
        "Genoa of the 1920s, with old boats."
    )
    assert ("Collioure", "playing Genoa") not in offered(post)
    assert all(not played.startswith("playing") for _n, played in locations(post))


def test_the_extent_is_a_block_not_a_suggestion():
    post = extract("Inside, Tollard Abbey stood in for the old bishop's palace.")
    assert ("Tollard Abbey", "the old bishop's palace") in locations(post)
    assert ("Tollard Abbey", "the old bishop's palace") not in offered(post)
