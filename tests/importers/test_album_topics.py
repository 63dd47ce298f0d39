"""The soundtrack album spoken of as a kind of record ("a chapter on the soundtrack
LP as an art form") is not the film's untitled soundtrack; the film's own record
mentioned still is. Each sentence is our own."""

from wagtail_montage.importers.extraction.album_topics import soundtrack_as_topic

from .test_album_owned_nouns import albums
from .test_track_entries import read

OPENING = "The pier montage in <i>Gull Point</i> (1983) is set to “Tin Roof Blues”."


def test_the_soundtrack_album_as_a_topic():
    assert soundtrack_as_topic(
        "Read the essay on the soundtrack album as a sales tool."
    )
    assert soundtrack_as_topic("She lectured on the rise of the soundtrack LP.")
    assert soundtrack_as_topic("Chapter 3 treats the soundtrack record as an art form.")
    post = read(OPENING, "Next week: a chapter on the soundtrack album as an advert.")
    assert albums(post) == []


def test_the_films_own_soundtrack_album():
    assert not soundtrack_as_topic("The soundtrack album came out on a tiny label.")
    assert not soundtrack_as_topic("I found the soundtrack LP in a charity shop.")
    post = read(OPENING, "The soundtrack album came out on a tiny label in 1984.")
    assert albums(post) == ["Gull Point (soundtrack)"]
