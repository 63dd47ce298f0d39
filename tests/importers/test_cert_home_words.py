"""A level set where the writer is, in words beyond a bare "here" ("platinum status
here", "a gold record locally", a sentence opening "At home" or "Back home"), is
certified by the one country the sentence names before it; a country's chart may be
named by its adjective ("the Swedish singles chart")."""

import pytest

from .test_discourse import certifications, extract

SONG = "Pier Lamps"
SINGLE = f"“{SONG}” is a 1979 single by The Moorings, written by Edna Calloway."

FOUND = [
    (
        "It held number two on the Norwegian singles chart and earned platinum "
        "status here.",
        "platinum",
    ),
    ("Back home it reached No. 1 in Ireland and went gold.", "gold"),
    (
        "At home it topped the Swedish singles chart for a month, and a gold disc "
        "came with it.",
        "gold",
    ),
]


@pytest.mark.parametrize("sentence, level", FOUND)
def test_a_level_at_home_is_the_home_countrys(sentence, level):
    assert certifications(extract(SINGLE, sentence)) == [(SONG, level, None, "other")]


# No word of home, or no country named before the level: no certifier.
TRAPS = [
    "It held number two on the Norwegian singles chart and went platinum.",
    "At home nobody bought it, and it went gold only years later.",
]


@pytest.mark.parametrize("sentence", TRAPS)
def test_no_home_country_no_certifier(sentence):
    assert certifications(extract(SINGLE, sentence)) == []
