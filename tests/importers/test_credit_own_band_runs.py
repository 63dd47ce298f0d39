"""A bandleader's act whose name runs long ("Chief Ade Bello & His Rhythm Aces") is
read whole, not cut where the run of capitalised words reaches its limit; "A and her
husband B" are still two people. Every sentence here is invented for the test."""

import pytest

from .test_credit_rules import tracks
from .test_discourse import extract

WHOLE = [
    (
        "The montage is cut to “Oar Song”, by Chief Ade Bello & His Rhythm Aces.",
        "Chief Ade Bello & His Rhythm Aces",
    ),
    (
        "The montage is cut to “Oar Song”, sung by Ebo Obi Nwosu and His "
        "Dance Band Stars.",
        "Ebo Obi Nwosu and His Dance Band Stars",
    ),
    (
        "The montage is cut to “Oar Song”, played by Lord Kofi Mensah Ansah and His "
        "Orchestra.",
        "Lord Kofi Mensah Ansah and His Orchestra",
    ),
]


@pytest.mark.parametrize("sentence, act", WHOLE)
def test_a_long_act_read_whole(sentence, act):
    assert tracks(extract(sentence))["Oar Song"][1] == [act]


# Traps: "and her husband B"; "and his wife" after a long name.
APART = [
    (
        "“Oar Song” is sung by Ada Moss and her husband Tom Moss.",
        ["Ada Moss", "Tom Moss"],
    ),
    (
        "“Oar Song” is sung by Kofi Mensah Ansah Junior Boateng and his wife.",
        ["Kofi Mensah Ansah Junior Boateng"],
    ),
]


@pytest.mark.parametrize("sentence, names", APART)
def test_no_act_of_his_own(sentence, names):
    assert tracks(extract(sentence))["Oar Song"][1] == names
