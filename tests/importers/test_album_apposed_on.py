"""A title set beside "on the album," as the record's name, closing its clause, is
the album ("Both are on the soundtrack album, <i>X</i>."); one that goes on as the
subject of its own clause is a song on it ("On the album, “X” runs longer"). Each
sentence is our own."""

import pytest

from .test_discourse import extract, facts

OPENING = "I love <i>Gull Point</i> (1983), and its songs."


def albums(post):
    return [value["title"] for value in facts(post, "album")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Both songs are on the soundtrack album, <i>Winter Lamps</i>.",
        "You can find the duet on the LP, “Winter Lamps”, which went gold.",
        "The theme turns up on the soundtrack record, <i>Winter Lamps</i>; the rest "
        "does not.",
    ],
)
def test_the_title_set_beside_the_record_is_its_name(sentence):
    post = extract(OPENING, sentence, title="Notes on Gull Point")
    assert albums(post) == ["Winter Lamps"]


@pytest.mark.parametrize(
    "sentence",
    [
        "On the album, “Winter Lamps” runs longer than in the film.",
        "On the LP, “Winter Lamps” is the second track.",
    ],
)
def test_a_title_that_goes_on_is_a_song_on_the_record(sentence):
    post = extract(OPENING, sentence, title="Notes on Gull Point")
    assert "Winter Lamps" not in albums(post)
