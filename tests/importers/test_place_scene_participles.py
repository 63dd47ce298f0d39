"""A scene noun and a bare "shot" after it ("the pier sequence, shot atop X", "night
scenes shot in X", "footage shot at X"), and a scene noun in ", where the ... was
filmed" ("X, where the boat montage was shot", "Y, where the song's last chorus was
filmed"), say where it was filmed. A "shot" after no scene noun, or with no place
after it, says nothing. Every sentence here is invented for the test."""

import pytest

from .test_place_rules import extract, names


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The song plays over the tower sequence, shot atop the Cleveland Arcade "
            "with the lake pretending to be the sea.",
            ["Cleveland Arcade"],
        ),
        (
            "There are rain scenes shot in the Kingsway Tunnel, too.",
            ["Kingsway Tunnel"],
        ),
        (
            "The trailer was cut from footage shot at Lake Mungo and along the "
            "Darling River.",
            ["Lake Mungo", "Darling River"],
        ),
        (
            "On day two, drive out to Aoraki, where the song's last chorus was filmed.",
            ["Aoraki"],
        ),
        (
            "Take the ferry to Inishbofin, where the dance montage was shot.",
            ["Inishbofin"],
        ),
        (
            "The film's party scene, shot in a rented flat in Leith's Bonnington "
            "neighbourhood, used the second song.",
            ["Bonnington"],
        ),
        # A man shot, not a scene: no filming.
        ("The sheriff, shot in Galveston in the first reel, never comes back.", []),
        # A scene noun, "shot" and no place after it.
        ("The montage shot on a phone looks better than the film.", []),
        # A scene noun in the where-clause, but no filming verb.
        ("We drove on to Picton, where the montage is set.", []),
    ],
)
def test_a_scene_noun_before_shot_or_in_a_where_clause(sentence, expected):
    assert names(extract(sentence)) == expected
