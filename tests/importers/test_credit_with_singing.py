"""A singer named in a "with" phrase after the song's title ("“X”, with A singing")
performs it; someone "singing along" or "dancing" in the scene, or a "with" phrase
with no title before it, is no credit. Every sentence here is invented for the
test."""

import pytest

from .test_credit_rules import tracks
from .test_discourse import extract

SINGING = [
    ("The montage uses “Velvet Ladder”, with Kit Marsh singing.", ["Kit Marsh"]),
    (
        "The montage uses “Velvet Ladder”, with Kit Marsh and Ann Lowe singing it.",
        ["Kit Marsh", "Ann Lowe"],
    ),
    (
        "The montage uses “Velvet Ladder”. Its single, “Velvet Ladder”, with Kit Marsh singing, sold.",
        ["Kit Marsh"],
    ),
    # Traps: someone in the scene; no title before the phrase.
    ("The montage uses “Velvet Ladder”, with Kit Marsh singing along in the car.", []),
    ("The montage uses “Velvet Ladder”, with Kit Marsh dancing.", []),
]


@pytest.mark.parametrize("paragraph, singers", SINGING)
def test_a_singer_with_the_song(paragraph, singers):
    assert tracks(extract(paragraph))["Velvet Ladder"][1] == singers


def test_no_title_before_the_phrase():
    post = extract(
        "The montage uses “Velvet Ladder”. Later, with Kit Marsh singing, it ends."
    )
    assert tracks(post)["Velvet Ladder"][1] == []
