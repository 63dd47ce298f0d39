"""A title credited to someone right after its performer is named: the credit is
the writing credit ("played by the Bs and credited to A", "performed by the band
B and credited to its guitarist, A", "sung by B but credited to her producer A").
Every sentence here is invented for the test."""

import pytest

from .test_credit_rules import tracks
from .test_discourse import extract

FILM = "The dance in Hay Moon (1984) is set to “Tin Lantern”, "


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "played by the Tarrow Five and credited to Cora Lusk.",
            (["Cora Lusk"], ["Tarrow Five"]),
        ),
        (
            "performed by the Dundee band Reedbed and credited to its fiddler, Cora Lusk.",
            (["Cora Lusk"], ["Reedbed"]),
        ),
        (
            "sung by Ned Orr but credited to his producer Bo Lind.",
            (["Bo Lind"], ["Ned Orr"]),
        ),
    ],
)
def test_a_credit_after_the_performer_is_the_writers(sentence, expected):
    assert tracks(extract(FILM + sentence)) == {"Tin Lantern": expected}


@pytest.mark.parametrize(
    "sentence",
    [
        "sung by Ned Orr and credited to Polar Records.",
        "sung by Ned Orr and credited to Bo Lind in the end titles of the sequel.",
    ],
)
def test_no_writer_from_a_label_or_a_credit_that_goes_on(sentence):
    assert tracks(extract(FILM + sentence)) == {"Tin Lantern": ([], ["Ned Orr"])}
