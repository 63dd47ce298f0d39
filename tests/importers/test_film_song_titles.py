"""A post's title that names the song ("Chart run: X (1984)") over a text that
names X "from Y" and a soundtrack record of Y gives the film Y, with the title's
year; without the record, or without "from Y", the title's film stays. Each
sentence is our own."""

import pytest

from .test_film_salience import read

TRAPS = (
    (  # no soundtrack record names Mossgate Road
        "A reader asked about the song from <i>Mossgate Road</i>, Ilona Freer's "
        "\u2018Lanterns on the Weir\u2019.",
    ),
    (  # a record of Mossgate Road, but the title is not said to be from it
        "<i>Lanterns on the Weir</i> is a quiet film about a weir keeper.",
        "I also like <i>Mossgate Road: Original Soundtrack</i>, a different thing.",
    ),
)


@pytest.mark.parametrize(
    "title, blocks",
    [
        (
            "Chart run: Lanterns on the Weir (1984)",
            (
                "A reader asked about the song from <i>Mossgate Road</i>, Ilona "
                "Freer's \u2018Lanterns on the Weir\u2019.",
                "The soundtrack, <i>Mossgate Road: Original Soundtrack</i>, did well "
                "too.",
            ),
        ),
        (
            "Karaoke night: Lanterns on the Weir (1984)",
            (
                "Tonight we sang Lanterns on the Weir, the Freer one, from Mossgate "
                "Road.",
                "My copy of Mossgate Road: Original Soundtrack has a scratch on it.",
            ),
        ),
        (
            "Why I still love Lanterns on the Weir (1984)",
            (
                "Lanterns on the Weir is the song from \u201cMossgate Road\u201d that we "
                "all hum.",
                "I own <i>Mossgate Road - Original Motion Picture Score</i> on tape.",
            ),
        ),
    ],
)
def test_a_title_naming_the_song_from_a_soundtrack_film_gives_that_film(title, blocks):
    assert read(*blocks, title=title) == ("Mossgate Road", 1984)


def test_without_both_the_record_and_from_the_title_film_stays():
    title = "Chart run: Lanterns on the Weir (1984)"
    for blocks in TRAPS:
        assert read(*blocks, title=title)[0] != "Mossgate Road", blocks
