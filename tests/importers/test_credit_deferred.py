"""Credits of a song the post names before it says the song is the film's ("I was
sure “X” would win. ... The song was written by A. B sang it. ... The single climbed
to No. 3") wait on the title and are the track's once the post makes it one; a title
that never becomes a track takes no credit. Every sentence here is invented for the
test."""

import pytest

from .test_credit_rules import tracks
from .test_discourse import extract

OPENING = "I was sure “Paper Kite Weather” would win the prize. It did not."
LATER = "The single climbed to No. 3 on the Hot 100."

FOUND = [
    ("The song was written by Ada Moss and Tom Roe.", 0, ["Ada Moss", "Tom Roe"]),
    ("Juno Vale sang it, in one take, with a cold.", 1, ["Juno Vale"]),
    ("The song was sung by Juno Vale.", 1, ["Juno Vale"]),
]


@pytest.mark.parametrize("credit, role, names", FOUND)
def test_credits_before_the_song_is_a_track(credit, role, names):
    post = extract(OPENING, "The kites fly in the montage. " + credit, LATER)
    assert tracks(post)["Paper Kite Weather"][role] == names


def test_a_title_that_never_becomes_a_track():
    post = extract(OPENING, "The kites fly. The song was written by Ada Moss.")
    assert "Paper Kite Weather" not in tracks(post)


def test_credits_of_a_track_named_later_are_not_moved():
    post = extract(
        OPENING,
        "The kites fly. Juno Vale sang it.",
        "The montage is cut to “Tin Gull Reel”, which went to No. 3 on the Hot 100.",
    )
    assert tracks(post)["Tin Gull Reel"][1] == []
