"""A title the post describes as a film ("the 1971 Scottish musical comedy <i>X</i>",
"<i>X</i>, a Welsh road movie from 1990", "(from <i>X</i>, 1996)") is no song: a
credit after it is not its, and a later "it" with chart numbers does not mean it.
A song's title set after "the song in the film," stays a song. Each sentence is our
own."""

from wagtail_montage.importers.extraction.track_film_titles import described_film_at

from .test_discourse import peaks, titles
from .test_track_entries import read


def _at(text):
    start, end = text.index("\ue000"), text.index("\ue001") + 1
    return described_film_at(text, start, end)


def test_titles_described_as_films():
    assert _at(
        "It was written for the 1971 Scottish musical comedy \ue000Tay Ferry\ue001."
    )
    assert _at(
        "Because of \ue000Dry Gully\ue001, a Welsh road movie from 1990, we know it."
    )
    assert _at("Low Gate — Ada Moon (from \ue000Tin Harbour\ue001, 1996)")
    assert _at("It turns up in Ann Roe's 1983 western \ue000Salt Flats\ue001.")
    post = read(
        "<i>Low Gate</i> was written by Ida Crane for the 1971 Scottish musical comedy "
        "<i>Tay Ferry</i>, and sung in the film by Ada Moon.",
    )
    assert "Tay Ferry" not in titles(post)
    post = read(
        "Nobody remembers <i>Dry Gully</i>, a Welsh road movie from 1990, that "
        "used a song by the Terns over a drive.",
        "Number 4 in Australia on the Kent list.",
    )
    assert "Dry Gully" not in titles(post)
    assert peaks(post) == []


def test_songs_beside_film_words_stay_songs():
    assert not _at(
        "The one song in the film, \ue000Low Gate\ue001, was sung by Ada Moon."
    )
    assert not _at("\ue000Low Gate\ue001 is a film song through and through.")
    assert not _at("\ue000Low Gate\ue001, the movie's theme, was sung by Ada Moon.")
    post = read(
        "The song at the end of the picture, “Low Gate,” was written by Ida Crane "
        "and sung by Ada Moon.",
    )
    assert titles(post) == ["Low Gate"]
