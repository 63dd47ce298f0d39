"""A song described after its title as an act's, the act named after its noun ("“X”,
the jangly single from Boston quartet A", "“X”, a track of the band A"), is
performed by that act, even when the post makes X a track only later; "a single
from Y" with no noun of an act, or "a song of 1978", credits no one. Every sentence
here is invented for the test."""

import pytest

from .test_credit_rules import tracks
from .test_discourse import extract

# The apposition after the title -> its performers; the last two are traps.
APPOSITIONS = {
    "the jangly single from Boston quartet Kestrel Moon": "Kestrel Moon",
    "a track of the band Morgenfalt": "Morgenfalt",
    "the B-side from the Leeds group the Tin Hares": "Tin Hares",
    "a single from Harbour Songs, their only album": None,
    "the 1978 single from Kestrel Moon": None,
}


@pytest.mark.parametrize("apposition", APPOSITIONS)
def test_a_song_of_an_act(apposition):
    act = APPOSITIONS[apposition]
    performers = tracks(extract(f"The montage uses “Low Tide”, {apposition}."))[
        "Low Tide"
    ][1]
    assert performers == ([act] if act else [])


def test_a_title_made_a_track_later():
    post = extract(
        "The crown jewel is “Low Tide”, the single from Boston quartet Kestrel Moon.",
        "It plays over the montage; Ada Moss wrote it.",
    )
    assert tracks(post)["Low Tide"][1] == ["Kestrel Moon"]
