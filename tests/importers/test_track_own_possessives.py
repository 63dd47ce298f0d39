"""A possessive with "own" before a title ("danced to Ada Moon's own “X”", "Tom
Reade's very own “X”") names the song's owner as the possessive alone does, and a
lone surname owner whose full name wrote another song of the post is its writer;
"a waltz of their own" or "own" with no possessive names no one. Each sentence is
our own."""

from .test_credit_surname_bands import credits
from .test_discourse import extract

FILM = "The film is <i>Gull Point</i> (1983)."


def test_an_own_song_names_its_owner():
    post = extract(FILM, "The ballroom scene is set to Ada Moon's own “Valse du Cap”.")
    assert credits(post) == {"Valse du Cap": ([], ["Ada Moon"])}
    post = extract(
        FILM, "The montage, oddly, is cut to Tom Reade's very own “Low Gate”."
    )
    assert credits(post) == {"Low Gate": ([], ["Tom Reade"])}


def test_a_surname_owner_who_wrote_another_song_is_its_writer():
    post = extract(
        FILM,
        "The skating montage is set to “Salt Kiss”, sung by Ida Crane. Her husband, "
        "Tom Reade, wrote the melody.",
        "The ballroom scene was danced to Reade's own “Valse du Cap”, still loved.",
    )
    assert credits(post)["Valse du Cap"] == (["Tom Reade"], [])


def test_own_with_no_possessive_names_no_one():
    post = extract(
        FILM, "The ballroom scene is set to a waltz of their own, “Valse du Cap”."
    )
    assert all(not performers for _c, performers in credits(post).values())
    post = extract(FILM, "The ballroom scene is set to our own “Valse du Cap”.")
    assert all(not performers for _c, performers in credits(post).values())
