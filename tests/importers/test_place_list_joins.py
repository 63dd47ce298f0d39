"""What may join the next place of a filming list: a word of nearness ("at X and
neighbouring Y"), a preposition right before a name ("on X and beside Y"), an adverb
after the last one ("beside Y below"); and a dash ends the clause a denial is in
("not X at all — they shot it in Y"). Every sentence here is invented for the test."""

import pytest

from .test_place_rules import extract, names


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A word of nearness.
        (
            "The storm scenes were filmed at Porthcurno and neighbouring Logan Rock.",
            ["Porthcurno", "Logan Rock"],
        ),
        (
            "They shot the picnic at Kynance Cove and nearby Mullion.",
            ["Kynance Cove", "Mullion"],
        ),
        # A preposition right before the next name; an adverb after it.
        (
            "The duel was filmed on Magdalen Bridge and beside Christ Church Meadow "
            "below.",
            ["Magdalen Bridge", "Christ Church Meadow"],
        ),
        (
            "The races were shot at Donington, which doubles for Monza, and at the "
            "Hockenheimring, which plays itself.",
            ["Donington", "Hockenheimring"],
        ),
        # A dash ends the clause of a denial.
        (
            "The ferry scenes are not Oban at all, whatever the sign says — they were "
            "filmed in Tobermory, on the pier.",
            ["Tobermory"],
        ),
        # "and" then a person: a new clause, no further place.
        ("The dance was filmed at Saltburn and Maisie Clough loved it.", ["Saltburn"]),
        # A denial in the same clause still denies.
        ("None of the ferry scenes were filmed in Oban — or anywhere near.", []),
    ],
)
def test_the_next_place_of_a_list(sentence, expected):
    assert names(extract(sentence)) == expected
