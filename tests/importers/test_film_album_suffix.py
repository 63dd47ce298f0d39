"""A post's title that gives the film by its album's title: "Price guide: X -
Original Motion Picture Score (1979)" is the film X; a title whose own words only
look like an album's stays whole. Every title here is invented for the test."""

import pytest

from wagtail_montage.importers.extraction.film_album_suffix import film_of_album_title

from .test_film_one_year import film_of


@pytest.mark.parametrize(
    "title, expected",
    [
        (
            "Price guide: Harrow Gate - Original Motion Picture Score (1982)",
            ("Harrow Gate", 1982),
        ),
        ("Spinning: Copper Sky - Original Soundtrack (1975)", ("Copper Sky", 1975)),
        (
            "Record fair finds: Lantern Bay - Music from the Motion Picture (1991)",
            ("Lantern Bay", 1991),
        ),
    ],
)
def test_the_film_of_an_album_title(title, expected):
    assert film_of(title, "The gatefold sleeve is in fine shape.") == expected


@pytest.mark.parametrize(
    "title, expected",
    [
        ("The Score (1986): the heist montage", ("The Score", 1986)),
        ("Review: Soundtrack of a Summer (1979)", ("Soundtrack of a Summer", 1979)),
    ],
)
def test_a_film_whose_title_only_looks_like_an_album(title, expected):
    assert film_of(title, "The chase is the best part.") == expected


def test_nothing_left_before_the_album_words():
    assert film_of_album_title("Original Score") == "Original Score"
