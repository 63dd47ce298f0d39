"""A film's year set off after its title by commas or dashes with its credit right
after ("<i>X</i>, 1972, directed by A") names the film; a bare year set off with no
credit, or a record's credit, names none. Each sentence is our own."""

import pytest

from .test_film_salience import read


@pytest.mark.parametrize(
    "sentence",
    [
        "Next slide: <i>Brass Kettle Lane</i>, 1972, directed by Moira Kelso, who "
        "made only three features.",
        "We start with <i>Brass Kettle Lane</i> \u2014 1972 \u2014 starring a very "
        "young Ewan Doig.",
        "Exhibit one is <i>Brass Kettle Lane</i>, 1972, written and directed by "
        "Moira Kelso.",
    ],
)
def test_a_set_off_year_with_a_credit_after_it_names_the_film(sentence):
    assert read(sentence, title="Week four notes") == ("Brass Kettle Lane", 1972)


@pytest.mark.parametrize(
    "sentence",
    [
        "Then came <i>Brass Kettle Lane</i>, 1972, which sold about nine copies.",
        "She sang <i>Brass Kettle Lane</i>, 1972, produced by Moira Kelso for the "
        "B-side.",
    ],
)
def test_a_set_off_year_without_a_film_credit_names_no_film(sentence):
    assert read(sentence, title="Week four notes")[0] != "Brass Kettle Lane"
