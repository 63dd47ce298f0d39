"""A quoted title the words before it call a song across a clause ("the song that
plays over its harvest montage, “X”") or with "is" ("the song is “X”") is the
song, never the film, though the post's own title names it; a film named after
"the song in" or "the song from" is still the film. Each sentence is our own."""

from .test_discourse import film, titles
from .test_track_entries import read


def test_a_song_named_across_a_clause_is_not_the_film():
    post = read(
        "Years after <i>Gull Point</i> came out in 1983, the band sat down to talk "
        "about the song that plays over its harvest montage, “Pier Lights”.",
        title="“We had no synth”: the making of Pier Lights",
    )
    assert film(post)[0] != "Pier Lights"
    assert titles(post) == ["Pier Lights"]


def test_the_song_is_x_is_not_the_film_of_the_posts_title():
    post = read(
        "Somebody asked why we open with a song from a 1983 teen film.",
        "The film is <i>Gull Point</i>, and the song is “Pier Lights”.",
        "Ada Moon sang it.",
        title="Why we still play Pier Lights",
    )
    assert film(post)[0] != "Pier Lights"
    assert titles(post) == ["Pier Lights"]


def test_a_film_after_the_song_in_or_from_is_still_the_film():
    post = read(
        "It was Ada Moon's song in <i>Gull Point</i>, the pier movie from 1983.",
        "Ben Hale wrote it.",
        title="Gull Point, 1983: a sideman remembers",
    )
    assert film(post) == ("Gull Point", 1983)
    post = read(
        "Every learner asks me to play the song from <i>Gull Point</i>.",
        "The film came out in 1983.",
        title="Lesson notes: Gull Point and the song in my car",
    )
    assert film(post) == ("Gull Point", 1983)
