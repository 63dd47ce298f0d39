"""A kind of a film's kind after its year ("the 2004 neo-western", "a 1978
anti-western", "the 1999 docu-drama") says the title is a film as the kind alone
does; a compound of a music's kind ("neo-soul", "post-punk") says nothing. Each
sentence is our own."""

import pytest

from .test_film_salience import read


@pytest.mark.parametrize(
    "sentence, year",
    [
        (
            "Her ballad runs under the long drive in <i>Saltbush Crossing</i>, the "
            "2004 neo-western that opened a festival in Tucson.",
            2004,
        ),
        (
            "<i>Saltbush Crossing</i>, a 1978 anti-western nobody asked for, has one "
            "song and it is a good one.",
            1978,
        ),
        (
            "The foghorn cue is from <i>Saltbush Crossing</i>, the 1999 docu-drama "
            "about lighthouse keepers.",
            1999,
        ),
    ],
)
def test_a_kind_of_a_film_kind_after_the_year_names_the_film(sentence, year):
    assert read(sentence, title="A song I love") == ("Saltbush Crossing", year)


@pytest.mark.parametrize(
    "sentence",
    [
        "I still play <i>Saltbush Crossing</i>, the 2004 neo-soul record my sister "
        "left behind.",
        "<i>Saltbush Crossing</i>, her 1981 post-punk album, sold forty copies.",
    ],
)
def test_a_compound_of_a_music_kind_names_no_film(sentence):
    assert read(sentence, title="A song I love")[0] != "Saltbush Crossing"
