"""A title said to accompany a part of the film ("“X” accompanies the closing
credits", "“X”, which underscores the rowing scenes,") is a song heard in it; "“X”
accompanies the CD as a bonus" or "“X” underscores her point" name no part of the
film. Each sentence is our own."""

import pytest

from .test_discourse import extract, titles

FILM = "The film is <i>Gull Point</i> (1983)."
HEARD = (
    "A second Gulls recording, “Salt Kiss,” accompanies the closing credits.",
    "“Salt Kiss”, which underscores the rowing scenes, was never a single.",
    "Oddly, “Salt Kiss” soundtracked the whole wedding sequence.",
)
NOT_HEARD = (
    "A remix of “Salt Kiss” accompanies the CD as a bonus.",
    "Her fondness for “Salt Kiss” underscores her point about the decade.",
)


@pytest.mark.parametrize("said", HEARD + NOT_HEARD)
def test_a_song_accompanies_a_part_of_the_film_only(said):
    expected = ["Salt Kiss"] if said in HEARD else []
    assert titles(extract(FILM, said)) == expected
