"""A title a bracket right after it says is a book (its press, its pages, its
binding, an ISBN) is no song; a bracket of a year, a singer, a version or a record
label says nothing of the kind. Each sentence is our own."""

import pytest

from .test_discourse import extract, titles

FILM = "The film is <i>Gull Point</i>, which came out in 1983."


@pytest.mark.parametrize(
    "said",
    [
        "Ida Crane's <i>Salt on the Lens</i> (Harbour Press, 288pp, £18) is the "
        "making-of account, and it is written by Ida Crane herself.",
        "Read Tom Reade's <i>Low Tide Reels</i> (paperback, 240 pages) before the "
        "montage, sung by nobody.",
        "His memoir, “Cutting the Gannet” (Kestrel Books, 2004), was written by "
        "Tom Reade.",
        "Before the montage class, read: Tom Reade, “Cutting the Gannet” (class "
        "pack, pp. 41-60).",
        "Reade, T. “Cutting the Gannet” (essay), class pack pp. 12-19.",
    ],
)
def test_a_book_named_with_its_publisher_is_no_song(said):
    assert titles(extract(FILM, said)) == []


@pytest.mark.parametrize(
    "said, title",
    [
        (
            "The montage is cut to <i>Salt Kiss</i> (Reprise), sung by Ada Moon.",
            "Salt Kiss",
        ),
        (
            "The montage is cut to “Pier Lights” (Harbour Records, 1983), sung by "
            "Ada Moon.",
            "Pier Lights",
        ),
    ],
)
def test_a_bracket_of_a_version_or_a_label_keeps_the_song(said, title):
    assert titles(extract(FILM, said)) == [title]
