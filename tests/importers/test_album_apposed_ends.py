"""A title set beside "on the album," as its name, the clause going on after it with
"but", "though" or "where" ("It is also on their only album, <i>X</i>, but in a
longer mix"), is the album; a title that goes on as a song of the album ("On the
album, “X” runs longer") is not. Every sentence here is invented for the test."""

import pytest

from .test_discourse import extract, facts

CASES = [
    ("It is also on their only album, <i>Brine Lights</i>, but in a longer mix.", True),
    (
        "The song is on the LP, <i>Brine Lights</i>, though the single edit is not.",
        True,
    ),
    (
        "You can find it on her album, <i>Brine Lights</i>, where it closes side two.",
        True,
    ),
    # a song of the album, not its name
    ("On the album, “Brine Lights” runs a minute longer.", False),
    ("On the album, “Brine Lights” and “Low Ferry” are the best songs.", False),
]


@pytest.mark.parametrize("sentence, album", CASES)
def test_a_title_apposed_to_on_the_album(sentence, album):
    found = [value["title"] for value in facts(extract(sentence), "album")]
    assert ("Brine Lights" in found) is album
