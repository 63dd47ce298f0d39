"""A quoted title beside words that make it one more piece by someone named ("“X”,
another song of her own", "“X”, also Penn's", "another waltz of hers, “X”"), in a
sentence that says where it is heard, is a song of the film; the same words where
nothing places it, or where it was cut, make nothing. Each sentence is our own."""

import pytest

from .test_discourse import extract, titles

FILM = "The film is <i>Gull Point</i> (1983)."


@pytest.mark.parametrize(
    "said",
    [
        "Wait for the closing credits, where Penn comes back on her own with ‘Tin "
        "Heron’, another song of her own, darker than the first.",
        "The dancers then switch to “Tin Heron”, also Ada Penn's, which the Rookeries "
        "play on screen.",
        "During the storm scene we hear “Tin Heron”, again an Ada Penn composition, "
        "this time for brass.",
        "Over the final shot comes another slow waltz of hers, “Tin Heron”.",
    ],
)
def test_one_more_piece_by_someone_named(said):
    assert titles(extract(FILM, said)) == ["Tin Heron"]


@pytest.mark.parametrize(
    "said",
    [
        "I bought “Tin Heron”, another song of her own, at a stall in Hull.",
        "“Tin Heron”, another song of hers, was cut from the film before release.",
        "The montage has no room for “Tin Heron”, also Penn's, which was never used.",
    ],
)
def test_a_piece_placed_nowhere_or_cut_is_no_song_of_the_film(said):
    assert titles(extract(FILM, said)) == []
