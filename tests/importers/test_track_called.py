"""A song introduced by the name it goes by ("a ballad for A called <i>X</i>", "a
demo of a song titled “X”", "a single named <i>X</i>") is the post's song while the
post has named no other; not the film nor an album called so, and not a second song
once the post has one. Each sentence is our own."""

import pytest

from .test_discourse import extract, titles


@pytest.mark.parametrize(
    "sentence",
    [
        "That winter I was on a ballad for Ada Roe called <i>Tin Lantern</i>.",
        "Ada sent me a demo of a song titled “Tin Lantern” in March.",
        "The band cut one slow single named <i>Tin Lantern</i> that spring.",
    ],
)
def test_a_song_introduced_by_its_name_is_a_track(sentence):
    post = extract(
        sentence,
        "Months later I heard it under the harbour montage of <i>Gull Point</i> "
        "(1983).",
        title="The harbour montage and me",
    )
    assert titles(post) == ["Tin Lantern"]


@pytest.mark.parametrize(
    "sentence",
    [
        "That winter I was on a song for the film called <i>Tin Lantern</i>.",
        "Ada had a song on an album titled <i>Tin Lantern</i>.",
    ],
)
def test_the_other_work_called_so_is_no_track(sentence):
    post = extract(sentence, title="The harbour montage and me")
    assert "Tin Lantern" not in titles(post)


def test_a_song_called_so_after_the_post_named_its_song_is_no_track():
    post = extract(
        "The montage of <i>Gull Point</i> (1983) plays over “Salt Hymn” by Ada Roe.",
        "My own band used to close with a song called “Tin Lantern”.",
        title="The harbour montage and me",
    )
    assert titles(post) == ["Salt Hymn"]
