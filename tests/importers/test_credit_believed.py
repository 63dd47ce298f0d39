"""A credit the post gives only as what people believe and denies at once ("Half
the regulars think Clem sang it. He didn't.") is no credit in that role; a belief
the post leaves standing is. Every sentence here is invented for the test."""

import pytest

from .test_credit_rules import tracks
from .test_discourse import extract

SONG = "The montage uses “Motel Blue”. Rita Vane sang it, and Clem Hask wrote it."

DENIED = [
    ("Half the regulars think Clem Hask sang it. He didn't.", 1),
    ("Most fans believe that Clem Hask sang it. But he did not.", 1),
    ("Everyone assumes Rita Vane wrote the song; she didn't.", 0),
]


@pytest.mark.parametrize("belief, role", DENIED)
def test_a_belief_denied(belief, role):
    credits = tracks(extract(SONG + " " + belief))["Motel Blue"]
    name = "Clem Hask" if role else "Rita Vane"
    assert name not in credits[role]


STANDING = [
    "Most fans think Clem Hask wrote it, and he did.",
    "People think Rita Vane sang it. She did, in one take.",
]


@pytest.mark.parametrize("belief", STANDING)
def test_a_belief_standing(belief):
    composers, performers = tracks(extract(SONG + " " + belief))["Motel Blue"]
    assert "Clem Hask" in composers
    assert "Rita Vane" in performers
