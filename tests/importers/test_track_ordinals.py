"""A song named as the next of the post's songs by an ordinal at the head of its
sentence ("The second, “X”, is Ada Moon's alone", "The other, slower number, “X”,
closes it") once the post has named one, and "The first, “X”" with its tune or
writing said; not an ordinal before any song is named, nor a bare "The first,
“X”" that says nothing of a song. Each sentence is our own."""

import pytest

from .test_discourse import titles
from .test_track_entries import read

OPENING = "The pier montage in <i>Gull Point</i> (1983) uses two of their songs."


def test_ordinals_after_the_first_song():
    post = read(
        OPENING,
        "The first, “Tin Roof Blues”, the pair wrote together, her tune and his words. "
        "The second, “Pier Lights”, is Ada Moon's alone.",
    )
    assert titles(post) == ["Tin Roof Blues", "Pier Lights"]
    post = read(
        "The pier montage in <i>Gull Point</i> (1983) is set to “Salt Kiss” by Ada Moon.",
        "The other, slower number, “Harbour Wall”, closes the film.",
        "The third one, “Low Gate”, is barely there.",
    )
    assert titles(post) == ["Salt Kiss", "Harbour Wall", "Low Gate"]


def test_the_first_with_a_song_noun():
    post = read(OPENING, "The first tune, “Tin Roof Blues”, opens on a fiddle.")
    assert titles(post) == ["Tin Roof Blues"]


def test_ordinals_that_name_no_song():
    post = read(
        "I watched <i>Gull Point</i> (1983) twice this week.",
        "The second, “Gull Point Returns”, is a sequel nobody needed.",
    )
    assert titles(post) == []
    post = read(
        "I watched <i>Gull Point</i> (1983) twice this week.",
        "The first, “Harbour Nights”, was a better film.",
    )
    assert titles(post) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "First comes “Tin Roof Blues”, a ballad by Ada Moon; then “Pier Lights”, "
            "Jo Vance's co-write with Ben Hale.",
            ["Tin Roof Blues", "Pier Lights"],
        ),
        (
            "I love “Tin Roof Blues” by Ada Moon; then I read “Harbour Nights”, a novel.",
            ["Tin Roof Blues"],
        ),
    ],
)
def test_the_song_after_then_in_a_run_that_opens_on_the_first(sentence, expected):
    assert titles(read(OPENING, sentence)) == expected
