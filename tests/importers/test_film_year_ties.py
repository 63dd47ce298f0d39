"""The year a sentence ties to the film's release, not to another event: a birth,
a building, the film's making when the post says when it came out, a release said
from a year ("the year after"). Each sentence is our own."""

from functools import partial

import pytest

from wagtail_montage.importers.extraction.film_came_out import came_out
from wagtail_montage.importers.extraction.film_year_ties import release_years
from wagtail_montage.importers.extraction.sentences import split_sentences

from .test_film_salience import read as read_blocks

read = partial(read_blocks, title="Notes from the back row")


@pytest.mark.parametrize(
    "blocks, expected",
    [
        (  # filmed in one year, out the year after
            (
                "The moor is where the film crew shot the shearing montage for "
                "<i>Wool and Thunder</i> in the spring of 1974 (it came out the "
                "year after).",
            ),
            ("Wool and Thunder", 1975),
        ),
        (  # the making's year, then the post says when it came out
            (
                "My brother and I were extras in <i>Wool and Thunder</i> in the "
                "summer of 1974, three pounds a day.",
                "Nobody paid us to go and see it.",
                "The film came out in 1975 and we were nowhere in it.",
            ),
            ("Wool and Thunder", 1975),
        ),
        (  # named without a year; dated far below
            (
                "The movie is called <i>Wool and Thunder</i> and it is about shearers.",
                "We did twelve takes of the dance.",
                "Afterword: the movie was released in the autumn of 1975.",
            ),
            ("Wool and Thunder", 1975),
        ),
        (  # the making's year and nothing else: still the film's
            (
                "Our spring talk covered the filming of <i>Wool and Thunder</i> "
                "on the moor in the wet April of 1974.",
            ),
            ("Wool and Thunder", 1974),
        ),
    ],
)
def test_the_year_tied_to_the_release_dates_the_film(blocks, expected):
    assert read(*blocks) == expected


@pytest.mark.parametrize(
    "blocks",
    [
        (  # a birth year is no film's
            "He was born in Penzance in 1932, the son of a pilchard man.",
            "By forty he was writing songs for a picture called "
            "<i>Wool and Thunder</i>, and that is the one I mean.",
        ),
        (  # a house's age is no film's
            "The barn was built in 1871 and it still leans.",
            "They used it in a film, <i>Wool and Thunder</i>, for the dance.",
        ),
    ],
)
def test_a_year_tied_to_another_event_dates_no_film(blocks):
    assert read(*blocks)[1] != 1932 and read(*blocks)[1] != 1871


def test_release_years_keep_a_release_after_a_making():
    years, making = release_years("shot on the moor in 1974 and came out in 1975")
    assert (years, making) == ({1975}, False)


def test_two_release_years_date_nothing():
    sentences = split_sentences(
        "The film came out in 1975. Others say the film opened in 1976.", 0
    )
    assert came_out(sentences) is None
