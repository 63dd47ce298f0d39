"""The film a post's title names with its year, as the text writes it: the writer's
opening words ("Chasing", "Why I Love", "12 Facts About the Barn Dance in") dropped
when the text names the film only without them; a name the text writes whole, one
word left, or an article alone keep the title's words. Every sentence here is
invented for the test."""

import pytest

from .test_discourse import extract

BODY = "We drove every road of <i>Copper Wind Rising</i>, the 1991 western."
FOUND = [
    ("Chasing Copper Wind Rising (1991) across Nevada", BODY),
    ("Why I Love Copper Wind Rising (1991)", BODY),
    ("Revisiting Copper Wind Rising (1991), thirty years on", BODY),
    ("Every Chart Run from Copper Wind Rising (1991), Tabulated", BODY),
    ("12 Facts About the Barn Dance in Copper Wind Rising (1991)", BODY),
]
KEPT = [
    (
        "Chasing Copper Wind Rising (1991) across Nevada",
        "Chasing Copper Wind Rising is the film; we drove Copper Wind Rising's roads.",
        "Chasing Copper Wind Rising",
    ),
    (
        "Ten Miles to Rising (1991): the map",
        "In the film the town is supposed to be Rising, hence the title.",
        "Ten Miles to Rising",
    ),
    ("The Copper Wind Rising (1991) road trip", BODY, "The Copper Wind Rising"),
]


def film(title, *paragraphs):
    post = extract(*paragraphs, title=title)
    return (post.film_title, post.film_year)


@pytest.mark.parametrize("title, body", FOUND)
def test_the_writers_opening_words_are_dropped(title, body):
    assert film(title, body) == ("Copper Wind Rising", 1991)


@pytest.mark.parametrize("title, body, name", KEPT)
def test_a_name_written_whole_one_word_left_or_after_an_article_is_kept(
    title, body, name
):
    assert film(title, body) == (name, 1991)
