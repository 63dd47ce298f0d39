"""The film's second song introduced without quotation marks ("The other song is
Cooling Ponds by Vicky Strand", "The second song was Cooling Ponds."): a track, as
"The song is X by A" is."""

import pytest

from .test_discourse import extract, titles

FIRST = "The song is Static Bloom by The Wires."


@pytest.mark.parametrize(
    "sentence",
    [
        "The other song is Cooling Ponds by Vicky Strand, who wrote it herself.",
        "The second song was Cooling Ponds by Vicky Strand.",
        "The third song in the film is Cooling Ponds by Vicky Strand.",
    ],
)
def test_the_other_song_introduced_without_quotes_is_a_track(sentence):
    assert titles(extract(FIRST, sentence)) == ["Static Bloom", "Cooling Ponds"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The other song is Vicky Strand's, from her first record.",
        "The second song was cut from the film before it opened.",
    ],
)
def test_no_title_after_the_other_song_is_no_track(sentence):
    assert titles(extract(FIRST, sentence)) == ["Static Bloom"]
