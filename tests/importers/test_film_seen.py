"""The film's year from its first run, when the post's title names it and no
sentence dates it otherwise: "I saw it at the Paramount in the fall of 1987", "since
1987, when we saw <i>X</i>", "a film he saw twice in 1987", "Held over eleven weeks
in the spring of 1987"; never a later viewing on tape or again. Each sentence is our
own."""

import pytest

from .test_film_salience import read as read_film


def read(*blocks, title="Gull Point: my memories"):
    return read_film(*blocks, title=title)


@pytest.mark.parametrize(
    "sentence",
    [
        "Somebody asked me about <i>Gull Point</i>. I saw it at the Regent in "
        "Leeds in the fall of 1987 with my aunt.",
        "My brother and I have argued about <i>Gull Point</i> ever since 1987, when "
        "we saw it twice in one weekend.",
        "You ask which print I ran most: <i>Gull Point</i>. Held over nine weeks in "
        "the spring of 1987.",
        "<i>Gull Point</i> is a film my mother watched three times in 1987.",
    ],
)
def test_the_year_of_its_first_run(sentence):
    assert read(sentence) == ("Gull Point", 1987)


@pytest.mark.parametrize(
    "sentence",
    [
        "Somebody asked me about <i>Gull Point</i>. I saw it on tape at the Rileys' "
        "in the summer of 1995.",
        "Somebody asked me about <i>Gull Point</i>. I saw it again at the Regent in "
        "1995.",
    ],
)
def test_no_year_from_a_later_viewing(sentence):
    assert read(sentence)[1] != 1995


@pytest.mark.parametrize(
    "sentence",
    [
        "Dad kept the soundtrack to “Gull Point,” a film he saw twice in 1987.",
        "We grew up on <i>Gull Point</i>, a movie we caught at the Odeon in 1987.",
        "Her favourite is <i>Gull Point</i>, the picture my mother first saw in the "
        "spring of 1987.",
    ],
)
def test_a_title_called_a_film_seen_in_its_first_run(sentence):
    assert read(sentence, title="A post") == ("Gull Point", 1987)


@pytest.mark.parametrize(
    "sentence",
    [
        "Dad loved <i>Gull Point</i>, a film he saw on tape in 1995.",
        "Dad loved <i>Gull Point</i>, a film he saw again in 1995.",
    ],
)
def test_a_title_called_a_film_seen_later_gets_no_year(sentence):
    assert read(sentence, title="A post")[1] != 1995
