"""A story's place set in quotes, then the real one: "“Avalon” is actually the X
circuit", "the 'Dockside' warehouses are in fact Y", "the “Le Mans” sections were
filmed at Z" (X, Y and Z played the quoted place). A quoted song, or a quote that is
no name, plays nothing. Every sentence here is invented for the test."""

import pytest

from .test_place_rules import extract, locations


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "But “Avalon” is actually the Thruxton circuit in Hampshire, dressed with"
            " French flags.",
            ("Thruxton", "Avalon"),
        ),
        (
            "Sharp eyes will see that the 'Dockside' warehouses are in fact Gunwharf"
            " Quays on the harbour.",
            ("Gunwharf Quays", "Dockside"),
        ),
        (
            "The opening laps are real, and the “Le Mans” sections were filmed at"
            " Castle Combe.",
            ("Castle Combe", "Le Mans"),
        ),
        (
            "For the location nerds: the film's “Vermont” is actually Glenveagh, in"
            " Donegal.",
            ("Glenveagh", "Vermont"),
        ),
    ],
)
def test_a_quoted_place_played_by_the_real_one(sentence, expected):
    assert expected in locations(extract(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "The song “Midnight in the Garden” is actually the best thing in it, and"
        " the chase was filmed at Castle Combe.",
        "The “so-called” sections were filmed at Castle Combe.",
    ],
)
def test_no_stand_in_from_a_quote_that_is_no_place(sentence):
    assert locations(extract(sentence)) == [("Castle Combe", "")]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The race was shot on Pendine Sands. It stands in for the “dry lake"
            " outside Tucson” the script keeps talking about.",
            ("Pendine Sands", "the dry lake outside Tucson"),
        ),
        (
            "The finale was shot at Hexham, which stood in for the “old mill town by"
            " the river”.",
            ("Hexham", "the old mill town by the river"),
        ),
        (
            "The finale was shot at Hexham, which doubled for a “quiet village in"
            " Kent”.",
            ("Hexham", "a quiet village in Kent"),
        ),
        # Traps: quoted words that say no place
        (
            "The finale was shot at Hexham, which stood in for the “best of times”.",
            ("Hexham", ""),
        ),
        (
            "The finale was shot at Hexham, which stood in for the “real thing”.",
            ("Hexham", ""),
        ),
    ],
)
def test_a_target_described_in_quotes_after_its_article(sentence, expected):
    assert expected in locations(extract(sentence))
