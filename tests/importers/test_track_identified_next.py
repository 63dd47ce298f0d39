"""A title named in passing, then identified by the next sentence as the film's song
("it's the Ida Marr song from the wedding-morning montage", "That's the song over the
end credits"), is a track, the name before "song" its performer; a next sentence
that names no scene ("it's the song I hate most") or a sentence before with two
titles makes nothing. Each sentence is our own."""

import pytest

from .test_credit_surname_bands import credits
from .test_discourse import extract

FILM = "The film is <i>Gull Point</i> (1983)."


NEXT = {
    "If you missed it: it's the Ida Marr song from the wedding-morning montage in "
    "<i>Gull Point</i>.": ["Ida Marr"],
    "That's the song over the end credits, and nobody sits through them.": [],
    "Honestly, it was the Gulls number in the dance scene.": ["Gulls"],
}
NAMED = "I get more requests for “Salt Kiss” than for anything else."


def test_a_title_the_next_sentence_calls_the_films_song():
    for after, performers in NEXT.items():
        found = credits(extract(FILM, NAMED, after))
        assert (after, found) == (after, {"Salt Kiss": ([], performers)})


@pytest.mark.parametrize(
    "before, after",
    [
        (NAMED, "Honestly, it's the song I hate most."),
        (
            "I get more requests for “Salt Kiss” and “Low Gate” than anything.",
            "It's the Ida Marr song from the montage.",
        ),
    ],
)
def test_no_scene_or_two_titles_make_nothing(before, after):
    assert credits(extract(FILM, before, after)) == {}
