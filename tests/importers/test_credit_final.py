"""Credited names as they are finally written down, whatever rule read them: no
possessive, no connective taken for a name, two whole names joined are two people.
Every sentence here is invented for the test."""

import pytest

from wagtail_montage.importers.extraction.credit_final import final_name

from .test_credit_rules import tracks
from .test_discourse import extract


@pytest.mark.parametrize(
    "name, names",
    [
        # possessives left on a name
        ("Mae Tolle's", ["Mae Tolle"]),
        ("Mae Tolle\u2019s", ["Mae Tolle"]),
        ("Odell's", ["Odell"]),
        # connectives read as names
        ("AND", []),
        ("Both", []),
        ("ALSO", []),
        # numbers read as names
        ("6", []),
        ("12.", []),
        ("No. 4", ["No. 4"]),
        # two whole names joined
        ("Ray Odell & Mae Tolle", ["Ray Odell", "Mae Tolle"]),
        ("Ray Odell and Mae Tolle", ["Ray Odell", "Mae Tolle"]),
        ("Ray J. Odell & Mae Ann Tolle", ["Ray J. Odell", "Mae Ann Tolle"]),
        # traps: acts that stay whole
        ("Ray Odell and the Lamplighters", ["Ray Odell and the Lamplighters"]),
        ("Odell & Tolle", ["Odell & Tolle"]),
        ("Ray Odell and His Lamplighters", ["Ray Odell and His Lamplighters"]),
        ("Mae Tolle & The Odell Brothers", ["Mae Tolle & The Odell Brothers"]),
        ("Mae Tolle", ["Mae Tolle"]),
    ],
)
def test_a_name_as_finally_written_down(name, names):
    assert final_name(name) == names


@pytest.mark.parametrize(
    "text, credits",
    [
        (
            "The bonfire song is “Tin Lantern.” Ray Odell wrote it AND sang it.",
            (["Ray Odell"], ["Ray Odell"]),
        ),
        (
            "“Tin Lantern” by the Lamps (written by Ray Odell & Mae Tolle) plays "
            "over the fire.",
            (["Ray Odell", "Mae Tolle"], ["Lamps"]),
        ),
        (
            "Over the fire we hear “Tin Lantern”, written by Ray Odell and Mae Tolle "
            "and sung by the Lamps.",
            (["Ray Odell", "Mae Tolle"], ["Lamps"]),
        ),
        (
            "3. Name the fire song. “Tin Lantern” 4. Who recorded it? Ray Odell, who "
            "also wrote it 5. Which year was it?",
            (["Ray Odell"], []),
        ),
        (
            "Over the fire we hear “Tin Lantern” by Ray Odell and the Lamplighters.",
            ([], ["Ray Odell and the Lamplighters"]),
        ),
    ],
)
def test_credits_as_finally_written_down(text, credits):
    assert tracks(extract(text)) == {"Tin Lantern": credits}
