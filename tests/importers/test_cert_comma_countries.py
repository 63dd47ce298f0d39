"""A country before a level past a comma is another level's ("silver in the UK,
platinum in Canada"): the level's certifier is the country after it, or one
before it with no comma between."""

import pytest

from .test_discourse import certifications, extract

SONG = "Pier Lamps"
SINGLE = f"“{SONG}” is a 1979 single by The Moorings, written by Edna Calloway."

FOUND = [
    (
        "By the next spring it was gold in the US, platinum across the border in Canada.",
        ("platinum", "music_canada"),
    ),
    ("It went silver in the UK, gold over in Australia.", ("gold", "aria")),
    ("It went gold in Canada, platinum in the United States.", ("platinum", "riaa")),
]


@pytest.mark.parametrize("sentence, expected", FOUND)
def test_the_country_after_the_level_is_its_own(sentence, expected):
    level, certifier = expected
    assert (SONG, level, None, certifier) in certifications(extract(SINGLE, sentence))


KEPT = [
    ("In Canada, it went gold.", ("gold", "music_canada")),
    ("It went gold in the UK, and the BPI sent a disc.", ("gold", "bpi")),
]


@pytest.mark.parametrize("sentence, expected", KEPT)
def test_a_country_with_no_other_level_stays(sentence, expected):
    level, certifier = expected
    assert certifications(extract(SINGLE, sentence)) == [(SONG, level, None, certifier)]
