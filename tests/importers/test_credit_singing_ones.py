"""Who "the one singing" is sings the song named last: "the one singing is A", "the
woman singing it was A", "the voice singing on the record is A"; a description after
the verb ("the man singing is her father") or a scene with no name names no one.
Every sentence here is invented for the test."""

import pytest

from .test_credit_rules import tracks
from .test_discourse import extract

# (what the post says after the song, who sings it); the last two are traps.
SAID = [
    ("And the one singing is Lupa Arre, with that cracked voice.", ["Lupa Arre"]),
    ("The woman singing it was Lupa Arre.", ["Lupa Arre"]),
    ("The voice singing on the record is actually Lupa Arre.", ["Lupa Arre"]),
    ("The man singing is her father, a fisherman.", []),
    ("The one singing in the kitchen is the cook.", []),
]


@pytest.mark.parametrize("said, singers", SAID)
def test_who_the_one_singing_is(said, singers):
    post = extract("The montage uses “Oar Song”.", said)
    assert tracks(post)["Oar Song"][1] == singers
