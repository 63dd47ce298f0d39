"""An act credited with writing a song is the members the post names beside it ("by
Tin Kites, which was the duo of A and B. They wrote it", "the Reed Lamps (A, B and
C)", "Tin Kites, made up of A and B"); the act stays the performer. An act with no
members named beside it stays the writer. Every sentence here is invented for the
test."""

import pytest

from .test_credit_rules import tracks
from .test_discourse import extract

FOUND = [
    (
        "The montage is cut to “Oar Song” by Tin Kites, which was the duo of Ada "
        "Moss and Tom Roe. They wrote it in a barn.",
        ["Ada Moss", "Tom Roe"],
    ),
    (
        "The montage is cut to “Oar Song” by the Reed Lamps (Ann Vole, Ed Marr and "
        "Jo Penn), who wrote it.",
        ["Ann Vole", "Ed Marr", "Jo Penn"],
    ),
    (
        "The montage is cut to “Oar Song” by Harbour Bells, a Cork duo of Ann Vole "
        "and Ed Marr. They wrote it too.",
        ["Ann Vole", "Ed Marr"],
    ),
]


@pytest.mark.parametrize("paragraph, writers", FOUND)
def test_the_members_of_a_writing_act(paragraph, writers):
    composers, performers = tracks(extract(paragraph))["Oar Song"]
    assert composers == writers
    assert writers[0] not in performers


# Traps: members named only apart from the act; no names after the noun.
KEPT = [
    "The montage is cut to “Oar Song” by Harbour Bells, who wrote it; the trio "
    "were Ann Vole, Ed Marr and Jo Penn.",
    "The montage is cut to “Oar Song” by Harbour Bells, the band of my youth. "
    "They wrote it.",
]


@pytest.mark.parametrize("paragraph", KEPT)
def test_an_act_with_no_members_beside_it(paragraph):
    assert tracks(extract(paragraph))["Oar Song"][0] == ["Harbour Bells"]
