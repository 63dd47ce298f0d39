"""A song named as its maker's first, debut or breakthrough hit ("Her first hit,
“X”, reached No. 6 in 1974") is one of the career's songs, no track, unless the
sentence puts it in the film; the film's song said so stays a track. Each
sentence is our own."""

import pytest

from .test_discourse import titles
from .test_track_entries import read

OPENING = "Ada Moon, who wrote the pier song for <i>Gull Point</i> (1983), has died."


@pytest.mark.parametrize(
    "sentence",
    [
        "Her first hit, “Pier Lights”, recorded by the Terns, reached No. 6 in 1974.",
        "His breakthrough single, “Pier Lights”, sold a million copies.",
        "The Terns' debut single, “Pier Lights”, was written by Ada Moon.",
    ],
)
def test_career_hits_are_no_tracks(sentence):
    assert "Pier Lights" not in titles(read(OPENING, sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Her first hit, “Pier Lights”, plays over the montage, sung by the Terns.",
        "Her debut single, “Pier Lights”, was written for the film and sung by her.",
    ],
)
def test_a_first_hit_in_the_film_stays_a_track(sentence):
    assert "Pier Lights" in titles(read(OPENING, sentence))
