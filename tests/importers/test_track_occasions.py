"""A song of another occasion than the film's, once the post has its own song: the
sentence opens on a time beside the film's ("The same week I played on “X”", "Same
month we pressed “X”", "Last month a couple walked out to “X”"); not when it speaks
of the film, nor before the post has named a song. Each sentence is our own."""

import pytest

from .test_discourse import extract, titles

OPENING = "The montage of <i>Gull Point</i> (1983) plays over “Salt Hymn” by Ada Roe."


@pytest.mark.parametrize(
    "sentence",
    [
        "The same week I played on “Tin Lantern” for Bo Kell, which went to No. 8.",
        "Same month we pressed ten thousand of “Tin Lantern” by the Dimes.",
        "Last month I signed a wedding where the couple walked out to “Tin Lantern” "
        "by the Kettles.",
    ],
)
def test_a_song_of_another_occasion_is_no_track(sentence):
    post = extract(OPENING, sentence, title="The harbour montage and me")
    assert titles(post) == ["Salt Hymn"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The same week the montage was recut to “Tin Lantern” by the Dimes.",
        "Last month I rewatched the film, and the scene set to “Tin Lantern” by the "
        "Dimes still works.",
    ],
)
def test_a_song_the_sentence_puts_in_the_film_stays(sentence):
    post = extract(OPENING, sentence, title="The harbour montage and me")
    assert "Tin Lantern" in titles(post)


def test_before_the_post_names_a_song_the_occasion_denies_nothing():
    post = extract(
        "Last month I finally heard “Tin Lantern” by the Dimes again.",
        "It plays over the harbour montage of <i>Gull Point</i> (1983).",
        title="The harbour montage and me",
    )
    assert "Tin Lantern" in titles(post)


@pytest.mark.parametrize(
    "sentence",
    [
        "Someone asked if this was the same Kell who wrote “Tin Lantern” for the "
        "Dimes; it is.",
        "The fiddler, best known for “Tin Lantern”, joined the session late.",
        "Bo Kell, of “Tin Lantern” fame, produced it.",
    ],
)
def test_a_title_that_tells_who_someone_is_is_no_track(sentence):
    post = extract(OPENING, sentence, title="The harbour montage and me")
    assert titles(post) == ["Salt Hymn"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Bo Kell, of “Tin Lantern”, the second song in the montage, plays it too.",
        "The same week the montage was recut to “Tin Lantern” by the Dimes.",
    ],
)
def test_a_title_of_the_film_beside_a_person_stays(sentence):
    post = extract(OPENING, sentence, title="The harbour montage and me")
    assert "Tin Lantern" in titles(post)
