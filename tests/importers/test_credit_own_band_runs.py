"""A bandleader's act whose name runs long ("Chief Ade Bello & His Rhythm Aces") is
read whole, not cut where the run of capitalised words reaches its limit; "A and her
husband B" are still two people, and "A and his wife" one. Every sentence here is
invented for the test."""

import pytest

from .test_credit_rules import tracks
from .test_discourse import extract

# (the credit after the title, the performers); the last two are traps.
CREDITS = [
    ("by Chief Ade Bello & His Rhythm Aces", ["Chief Ade Bello & His Rhythm Aces"]),
    (
        "sung by Ebo Obi Nwosu and His Dance Band Stars",
        ["Ebo Obi Nwosu and His Dance Band Stars"],
    ),
    (
        "played by Lord Kofi Mensah Ansah and His Orchestra",
        ["Lord Kofi Mensah Ansah and His Orchestra"],
    ),
    ("sung by Ada Moss and her husband Tom Moss", ["Ada Moss", "Tom Moss"]),
    (
        "sung by Kofi Mensah Ansah Junior Boateng and his wife",
        ["Kofi Mensah Ansah Junior Boateng"],
    ),
]


@pytest.mark.parametrize("credit, performers", CREDITS)
def test_a_long_act_read_whole(credit, performers):
    post = extract(f"The montage is cut to “Oar Song”, {credit}.")
    assert tracks(post)["Oar Song"][1] == performers
