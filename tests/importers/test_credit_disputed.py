"""A credit the post reports only as a claim it says was thrown out ("A had claimed
that he co-wrote the song. A court dismissed that claim") credits no one; a claim
the post leaves standing ("A claims he wrote it in an afternoon") is a credit. Every
sentence here is invented for the test."""

import pytest

from .test_credit_rules import tracks
from .test_discourse import extract

SONG = "The montage is cut to “Porch Light Polka”, written by Ada Moss."

THROWN_OUT = [
    "Her old drummer, Tom Roe, had claimed in 1999 that he co-wrote the song. A "
    "judge dismissed that claim in 2001.",
    "Tom Roe later alleged that he wrote it. The lawsuit was thrown out.",
    "In 2004 Tom Roe insisted that he had written the chorus of it; the court "
    "rejected the claim.",
]


@pytest.mark.parametrize("paragraph", THROWN_OUT)
def test_a_claim_thrown_out(paragraph):
    assert tracks(extract(SONG, paragraph))["Porch Light Polka"][0] == ["Ada Moss"]


STANDING = [
    "Her old drummer, Tom Roe, claims that he co-wrote it in an afternoon.",
    "Tom Roe had claimed in 1999 that he co-wrote the song, and nobody doubts it. "
    "The claim made him a rich man.",
]


@pytest.mark.parametrize("paragraph", STANDING)
def test_a_claim_left_standing(paragraph):
    assert "Tom Roe" in tracks(extract(SONG, paragraph))["Porch Light Polka"][0]
