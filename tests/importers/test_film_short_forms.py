"""A post's title that names the film by a short form ("the Quarry Road album") gives
way to the fuller name the text dates in brackets and ends on it ("the score to
Ghosts of the Quarry Road (1983)"); a short form dated alone, or one the sentence
opens with, stays as it is. Every sentence here is invented for the test."""

import pytest

from .test_film_one_year import film_of


@pytest.mark.parametrize(
    "title, body, film",
    [
        (
            "Shop notes: the Quarry Road soundtrack",
            "In came a clean copy of the score to “Ghosts of the Quarry Road” (1983).",
            ("Ghosts of the Quarry Road", 1983),
        ),
        (
            "Sleeve notes: the Harbour Lights album",
            "This is the album from “Last Bus to Harbour Lights” (1979), and a "
            "fine one.",
            ("Last Bus to Harbour Lights", 1979),
        ),
        (
            "my weekend: the Copper Bells montage",
            "I rewatched “Return of the Copper Bells” (1994) at the weekend.",
            ("Return of the Copper Bells", 1994),
        ),
        # The short form dated alone: it stays.
        (
            "my weekend: the Copper Bells montage",
            "I rewatched Copper Bells (1994) at the weekend.",
            ("Copper Bells", 1994),
        ),
        # A sentence that opens on a word before the short form adds nothing.
        (
            "my weekend: the Copper Bells montage",
            "Finally Copper Bells (1994) is out on disc.",
            ("Copper Bells", 1994),
        ),
    ],
)
def test_a_short_form_gives_way_to_the_dated_fuller_name(title, body, film):
    assert film_of(title, body) == film
