"""A credit with the instrument it was played on between its verb and "by": "played
on the fiddle by A", "recorded on a borrowed banjo by B", "written on the piano by
C". Every sentence here is invented for the test."""

import pytest

from .test_credit_rules import tracks
from .test_discourse import extract

FILM = "The dance in Hay Moon (1984) is set to “Tin Lantern”, "


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("played on the fiddle by Ned Orr.", ([], ["Ned Orr"])),
        ("recorded on a borrowed banjo by Ned Orr in one take.", ([], ["Ned Orr"])),
        (
            "written on the piano by Cora Lusk and sung by Ned Orr.",
            (["Cora Lusk"], ["Ned Orr"]),
        ),
    ],
)
def test_the_instrument_between_the_verb_and_by(sentence, expected):
    assert tracks(extract(FILM + sentence)) == {"Tin Lantern": expected}


@pytest.mark.parametrize(
    "sentence",
    [
        "which the sheriff hums, and he is played on screen at the dance by Ned Orr.",
        "and a fiddle was played on the set by Ned Orr between takes.",
    ],
)
def test_no_performer_from_a_part_or_from_something_else_played(sentence):
    assert tracks(extract(FILM + sentence)) == {"Tin Lantern": ([], [])}
