"""A caption or heading shouted in capitals ("WHO WROTE IT?") is a clause, not a
credited name, while a name of capitals ("ABBA") stays; and a lone first name of
someone credited in full is that person, not a surname of a capitalised word
elsewhere ("Chase Morton" in a note). Every sentence here is invented for the
test."""

import pytest

from wagtail_montage.importers.extraction.credit_shouted import shouted_clause

from .test_credit_rules import tracks
from .test_discourse import extract

SONG = "The montage runs to “Velvet Ladder”, sung by Kit Marsh."


@pytest.mark.parametrize(
    "name, shouted",
    [
        ("WHO WROTE IT", True),
        ("SHE SANG IT LIVE", True),
        ("WHAT IS IT", True),
        # Traps: names of capitals.
        ("ABBA", False),
        ("THE JAM", False),
        ("Who Wrote It", False),
    ],
)
def test_a_clause_in_capitals(name, shouted):
    assert shouted_clause(name) is shouted


CO_WRITTEN = "She co-wrote it with Morton Ellery. Morton wrote the tune first."


@pytest.mark.parametrize(
    "note",
    [
        "Questions: Chase Morton's age?",
        "Ring Chase Morton about the sleeve.",
        "Chase Morton has the tapes, apparently.",
    ],
)
def test_a_first_name_of_someone_credited_in_full(note):
    writers = tracks(extract(SONG, CO_WRITTEN, note))["Velvet Ladder"][0]
    assert writers == ["Kit Marsh", "Morton Ellery"]
