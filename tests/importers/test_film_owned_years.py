"""The year an opening sentence gives the post's film as a director's dated kind of
film ("Ann Roe's 2012 film is a gentle relay", "Director Ann Roe's 2004 comedy was
shot in ten days"), for the film the post's title names; a singer's dated record
("Ann Roe's 2004 album", "her 2004 release") gives it none. Every sentence here is
invented for the test."""

import pytest

from .test_film_one_year import film_of

TITLE = "Staff pick: Lantern Cove, and the ferry song we cannot stop humming"
NAMED = (
    "Every spring our viewing numbers for <i>Lantern Cove</i> jump. Nobody needs "
    "the data team to say why. It is the song, and it is the train. Watch it."
)
CASES = [
    ("Mira Holt's 2004 film is a gentle story of three sisters.", 2004),
    ("Director Mira Holt's 2004 comedy was shot in ten days.", 2004),
    ("Mira Holt's 2004 coastal thriller still holds up.", 2004),
    # a singer's dated record gives no year
    ("Mira Holt's 2004 album is a gentle record of three sisters.", None),
    ("Mira Holt's 2004 release still holds up.", None),
]


@pytest.mark.parametrize("sentence, year", CASES)
def test_a_directors_dated_film_gives_the_films_year(sentence, year):
    assert film_of(TITLE, NAMED, sentence)[1] == year
