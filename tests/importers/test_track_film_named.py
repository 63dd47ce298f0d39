"""A title the sentence names as the film itself ("The film was “X”") or as what a
theme belongs to ("the theme of “X”") is no song: a suggestion, not a track. A
song named in the film ("the song in the film is “X”") stays. Each sentence is our
own."""

from .test_track_entries import facts, read

OPENING = "I grew up on a film nobody else remembers, and on its one song."


def titles(post):
    return [value["title"] for value in facts(post, "track")]


def test_the_film_named_is_no_song():
    said = [
        "The movie is “Heron Light” by Tova Lind.",
        "The film was “Heron Light”, by Tova Lind, a fine director.",
        "This film is “Heron Light” by Tova Lind, and I love it.",
    ]
    assert [titles(read(OPENING, one)) for one in said] == [[], [], []]


def test_what_a_theme_belongs_to_is_no_song():
    post = read(OPENING, "Then the theme of “Heron Light”, sung by Tova Lind, came on.")
    assert titles(post) == []
    assert any("Heron Light" in line for line in post.suggestions)
    assert titles(read(OPENING, "The theme of “Heron Light” is by Tova Lind.")) == []
    post = read(OPENING, "My aunt loved the theme of “Heron Light” by Tova Lind.")
    assert titles(post) == []


def test_a_song_in_the_film_stays_a_song():
    post = read(OPENING, "The song in the film is “Heron Light”, sung by Tova Lind.")
    assert "Heron Light" in titles(post)
