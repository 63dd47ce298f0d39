"""A first name written short ("Themb", "Kat", "Tom") for the one person the post
named in full before ("Themba Ndlovu", "Katarina Voss") is that person; a short
name two people of the post may bear, or one the post opens a whole name with only
later, stays as written. Every sentence here is invented for the test."""

import pytest

from .test_credit_rules import tracks
from .test_discourse import extract

# (who the post names first, who it names after the credit, the writer); the last
# two are traps.
NAMED = [
    ("Her producer was Themba Ndlovu.", "", "Themb", "Themba Ndlovu"),
    ("The band's bassist is Katarina Voss.", "", "Kat", "Katarina Voss"),
    ("I once met Tomasz Wilk in Gdansk.", "", "Tom", "Tomasz Wilk"),
    ("I met Katarina Voss and Katja Lind.", "", "Kat", "Kat"),
    ("", "Later Katarina Voss joined the band.", "Kat", "Kat"),
]


@pytest.mark.parametrize("before, after, short, writer", NAMED)
def test_a_short_first_name(before, after, short, writer):
    post = extract(
        f"{before} “Dust Road” plays under the montage; {short} wrote it. {after}"
    )
    assert tracks(post)["Dust Road"][0] == [writer]
