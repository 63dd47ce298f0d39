"""An italic title placed in words on a chart of albums only ("<i>X</i> went gold
and got to twenty-seven on the Billboard 200") is an album, as with digits; a
title placed so on a chart of singles, or a number that is no place, is not.
Each sentence is our own."""

from .test_album_owned_nouns import albums
from .test_track_entries import read

OPENING = "The pier montage in <i>Gull Point</i> (1983) is set to “Tin Roof Blues”."


def test_a_place_in_words_on_an_albums_chart():
    post = read(
        OPENING,
        "<i>Salt Road</i> went gold and got to twenty-seven on the Billboard 200.",
    )
    assert albums(post) == ["Salt Road"]
    post = read(
        OPENING, "<i>Salt Road</i> climbed to forty-one on the UK albums chart."
    )
    assert albums(post) == ["Salt Road"]


def test_a_singles_chart_or_no_place():
    post = read(OPENING, "<i>Low Gate</i> got to twenty-seven on the Hot 100.")
    assert albums(post) == []
    post = read(OPENING, "<i>Low Gate</i> ran to twenty minutes on the Billboard tour.")
    assert albums(post) == []
