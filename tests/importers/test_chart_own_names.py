""" "It" past names that cannot be what it means: the song's own writers and singers,
or a nation's or a language's adjective; not past another singer or a title."""

import pytest

from .test_discourse import extract, peaks

SONG = (
    "The chase is cut to “Copper Kettle Rain”, written by Wendy Ruhl and sung by "
    "The Larkspurs."
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Wendy Ruhl wrote it; The Larkspurs recorded it, and it went to No. 9 on the "
        "Hot 100.",
        "I should say, for French readers, that it went to No. 9 on the Hot 100.",
        "The Larkspurs recorded it in one take that summer, and it climbed to No. 9 on "
        "the Hot 100.",
    ],
)
def test_it_past_the_songs_own_names(sentence):
    post = extract(SONG, sentence)
    assert peaks(post) == [("Copper Kettle Rain", 9, "billboard_hot_100")]


def test_it_past_the_songs_writer_in_another_clause():
    post = extract(
        SONG,
        "Mind you, Wendy Ruhl never liked it, and it reached No. 9 on the Hot 100.",
    )
    assert peaks(post) == [("Copper Kettle Rain", 9, "billboard_hot_100")]


def test_not_past_another_singer():
    post = extract(SONG, "Rosa Lind covered it, and it went to No. 9 on the Hot 100.")
    assert peaks(post) == []


def test_not_past_a_title_named_unquoted():
    post = extract(
        SONG,
        "Their B-side was Tin Roof Psalm, and it went to No. 9 on the Hot 100.",
    )
    assert peaks(post) == []


def test_not_past_a_second_version():
    post = extract(
        SONG, "Rosa Lind recorded it too, and it went to No. 9 on the Hot 100."
    )
    assert peaks(post) == []
