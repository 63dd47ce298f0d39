"""Kin named by first name take the surname of the credited person right before
them ("which Kev Dunleavy wrote with his sister Sharon": Sharon Dunleavy), even when
the song credits a band too; a band's name is no one's surname. Every sentence here
is invented for the test."""

import pytest

from .test_credit_rules import tracks
from .test_discourse import extract

FILM = "The dance in Hay Moon (1984) is set to “Tin Lantern” by The Reeds"


@pytest.mark.parametrize(
    "sentence, composers",
    [
        (
            ", which their bassist Tom Lusk wrote with his sister Cora.",
            ["Tom Lusk", "Cora Lusk"],
        ),
        (
            ". Tom Lusk co-wrote it with his daughter Greta, aged nine.",
            ["Tom Lusk", "Greta Lusk"],
        ),
        (
            ". Their drummer Tom Lusk and his younger brother Bo wrote it.",
            ["Tom Lusk", "Bo Lusk"],
        ),
    ],
)
def test_kin_take_the_surname_of_the_credited_name_before_them(sentence, composers):
    assert tracks(extract(FILM + sentence))["Tin Lantern"][0] == composers


@pytest.mark.parametrize(
    "sentence",
    [
        ". Their singer wrote it with his son Greg.",
        ". Ada Vale, not the Reeds, wrote it with her son Greg.",
    ],
)
def test_no_surname_from_a_band_or_someone_uncredited(sentence):
    assert "Greg Reeds" not in tracks(extract(FILM + sentence))["Tin Lantern"][0]
