"""A level or a position said to be nearly so ("basically gold", "practically
platinum", "virtually gold") is no certification, only a suggestion for the editor:
the text hedges, as it does with "almost" and "nearly". The word after the fact
("to No. 4, virtually overnight") hedges nothing."""

import pytest

from .test_discourse import certifications, extract, peaks

SONG = "“Salt Lanes” is sung by Petra Holm, written by Ivo Rusk."

# Sentences whose level is only nearly so, and the level the editor is asked about.
APPROXIMATE = [
    ("It went basically platinum in Canada, going by the label.", "platinum"),
    ("It was practically gold in the UK, whatever the BPI says.", "gold"),
    ("The single went virtually gold with the RIAA that autumn.", "gold"),
]


@pytest.mark.parametrize("text, level", APPROXIMATE)
def test_a_level_nearly_so_is_a_suggestion(text, level):
    post = extract(SONG, text)
    assert certifications(post) == []
    assert any(level in suggestion for suggestion in post.suggestions)


def test_the_word_after_the_level_hedges_nothing():
    post = extract(SONG, "The BPI certified it silver, which is virtually nothing.")
    assert certifications(post) == [("Salt Lanes", "silver", None, "bpi")]


def test_the_word_after_a_position_hedges_nothing():
    post = extract(SONG, "It went to No. 4 in the UK, virtually overnight.")
    assert peaks(post) == [("Salt Lanes", 4, "uk_singles")]
