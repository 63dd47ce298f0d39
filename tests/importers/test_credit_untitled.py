"""A credit whose "it" is an unquoted title the post never made a track ("Pit Lamps
by A, who wrote it herself") credits no track. Every sentence here is invented."""

import pytest

from .test_credit_rules import tracks
from .test_discourse import extract

INTRO = "The montage plays “Hay Moon” by the Tarrows."


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # "it" is the unquoted title before "by": no credit of Hay Moon (the film's
        # other song, introduced so, is a track of its own: test_track_intro_ordinal)
        (
            "The other song is Pit Lamps by Cora Lusk, who wrote it herself.",
            {
                "Hay Moon": ([], ["Tarrows"]),
                "Pit Lamps": (["Cora Lusk"], ["Cora Lusk"]),
            },
        ),
        (
            "The B-side was Pit Lamps by Ned Orr, who also wrote it.",
            {"Hay Moon": ([], ["Tarrows"])},
        ),
        (
            "Then comes Pit Lamps by the Ohms, who actually wrote it for an advert.",
            {"Hay Moon": ([], ["Tarrows"])},
        ),
        # traps: the title is quoted, or the track itself, or no title at all
        (
            "The other song is “Pit Lamps” by Cora Lusk, who wrote it herself.",
            {
                "Hay Moon": ([], ["Tarrows"]),
                "Pit Lamps": (["Cora Lusk"], ["Cora Lusk"]),
            },
        ),
        (
            "We hear Hay Moon by the Tarrows, who wrote it too.",
            {"Hay Moon": (["Tarrows"], ["Tarrows"])},
        ),
        (
            "It is by the Tarrows, who wrote it too.",
            {"Hay Moon": (["Tarrows"], ["Tarrows"])},
        ),
    ],
)
def test_an_untitled_it_credits_no_track(sentence, expected):
    assert tracks(extract(INTRO + " " + sentence)) == expected
