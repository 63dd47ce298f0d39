"""A first name written short ("Vusi", "Kat", "Tomi") for the one person the post
named in full before ("Vusumuzi Khoza", "Katarina Voss") is that person; a short
name two people of the post may bear, or one the post never opens a whole name
with, stays as written. Every sentence here is invented for the test."""

import pytest

from .test_credit_rules import tracks
from .test_discourse import extract

FOUND = [
    (
        "Her producer was Themba Ndlovu. “Dust Road” plays under the montage; "
        "Themb wrote it.",
        "Themba Ndlovu",
    ),
    (
        "The band's bassist is Katarina Voss. “Dust Road” plays under the montage; "
        "Kat wrote it.",
        "Katarina Voss",
    ),
    (
        "I once met Tomasz Wilk in Gdansk. “Dust Road” plays under the montage; "
        "Tom wrote it.",
        "Tomasz Wilk",
    ),
]


@pytest.mark.parametrize("paragraph, name", FOUND)
def test_a_short_first_name(paragraph, name):
    assert tracks(extract(paragraph))["Dust Road"][0] == [name]


# Traps: two whole names it may shorten; a whole name only after it.
KEPT = [
    (
        "I met Katarina Voss and Katja Lind. “Dust Road” plays under the montage; "
        "Kat wrote it.",
        "Kat",
    ),
    (
        "“Dust Road” plays under the montage; Kat wrote it. Later Katarina Voss "
        "joined the band.",
        "Kat",
    ),
]


@pytest.mark.parametrize("paragraph, name", KEPT)
def test_a_short_name_kept(paragraph, name):
    assert tracks(extract(paragraph))["Dust Road"][0] == [name]
