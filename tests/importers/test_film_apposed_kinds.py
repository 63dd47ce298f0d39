"""A dated title the words right after it call a film: in apposition, a director's
kind of film or a plain one ("<i>X</i> (2004), Ann Roe's quiet drama about",
"<i>X</i> (2004), a slow western"), or the trade papers' word for one ("<i>X</i>,
the 2004 Halvard Films coming-of-age pic"); a headline's single quotes around the
title are no part of its words. A record or a book after the year names no film.
Every sentence here is invented for the test."""

import pytest

from .test_film_one_year import film_of

FOUND = [
    (
        "Five songs I was wrong about",
        "The song comes from <i>Lantern Cove</i> (2004), Mira Holt's quiet drama "
        "about a lighthouse keeper.",
    ),
    (
        "Five songs I was wrong about",
        "The song comes from <i>Lantern Cove</i> (2004), a slow western with one "
        "great scene.",
    ),
    (
        "Label Buys Masters of 'Lantern Cove' Score",
        "The label bought the masters tied to <i>Lantern Cove</i>, the 2004 Halvard "
        "Films coming-of-age pic, last week.",
    ),
    (
        "Notes from the trade press",
        "Halvard now owns <i>Lantern Cove</i>, a 2004 laffer that nobody remembers.",
    ),
]
NONE = [
    "The song comes from <i>Lantern Cove</i> (2004), Mira Holt's second album.",
    "The song comes from <i>Lantern Cove</i> (2004), a comedy single by Mira Holt.",
    "The song comes from <i>Lantern Cove</i> (2004), Mira Holt's thriller novel.",
]


@pytest.mark.parametrize("title, paragraph", FOUND)
def test_a_title_called_a_film_right_after_its_year_is_the_film(title, paragraph):
    assert film_of(title, paragraph) == ("Lantern Cove", 2004)


@pytest.mark.parametrize("paragraph", NONE)
def test_a_record_or_a_book_after_the_year_is_no_film(paragraph):
    assert film_of("Five songs I was wrong about", paragraph) == ("", None)
