"""The film from its title followed by a bare year set off in the sentence ("<i>X</i>,
1989, the one where", "<i>X</i> — 1987 — holds up", "<i>X</i> [1985]") when the
post's title names it; never a span of years nor a label's closing date. Each
sentence is our own."""

import pytest

from .test_film_salience import read


@pytest.mark.parametrize(
    "sentence",
    [
        "Tonight on the show, <i>Gullwing</i>, 1989, the one with the kite race.",
        "We rewatched <i>Gullwing</i> — 1989 — and the kite montage still works.",
        "My pick this month is <i>Gullwing</i> [1989], which I first saw on tape.",
    ],
)
def test_a_title_with_its_bare_year_named_by_the_post_title(sentence):
    assert read(sentence, title="Film club, week 9: Gullwing") == ("Gullwing", 1989)


@pytest.mark.parametrize(
    "sentence",
    [
        "Stage jacket worn for <i>Gullwing</i>, 1989.",
        "We ran <i>Gullwing</i>, 1985 to 1987, every summer at the lido.",
    ],
)
def test_no_bare_year_of_a_label_or_a_span(sentence):
    film = read(sentence, title="Film club, week 9: Gullwing")
    assert film[1] not in (1989, 1985)
