"""A fact list's line that says when the film came out, in a writer's own label
("Came out: 1999", "Premiered – 1972", "First shown: 1990 (on TV)", "Release date:
4 June 1996"), dates the film a "Film: X" line named; a label of something else
("Came out of retirement: 1999", "Shot: 1990") dates nothing. Every line here is
invented for the test."""

import pytest

from .test_discourse import extract
from .test_fact_list_labels import items

INTRO = "Quick facts, for the class project."


@pytest.mark.parametrize(
    "lines, film",
    [
        (("Film: The Kite Hill Gang", "Came out: 1991"), ("The Kite Hill Gang", 1991)),
        (
            ("Film: Pebble Street", "Running time: 90 minutes", "Premiered – 1972"),
            ("Pebble Street", 1972),
        ),
        (
            ("Movie: Lantern Moths", "First shown: 1988 (on TV)"),
            ("Lantern Moths", 1988),
        ),
        (
            ("Film: A Bicycle for Nell", "Release date: 4 June 1996"),
            ("A Bicycle for Nell", 1996),
        ),
    ],
)
def test_a_release_label_dates_the_labelled_film(lines, film):
    post = extract(INTRO, items(*lines))
    assert (post.film_title, post.film_year) == film


@pytest.mark.parametrize(
    "lines",
    [
        ("Film: The Kite Hill Gang", "Came out of retirement: 1991"),
        ("Film: Pebble Street", "Shot: 1990"),
    ],
)
def test_a_label_of_something_else_dates_no_film(lines):
    post = extract(INTRO, items(*lines))
    assert post.film_year != 1991 and post.film_year != 1990
