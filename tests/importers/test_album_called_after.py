"""An album named by the words after its title ("<i>X</i>, the record was called",
"<i>X</i>, the album is titled"); "record" in quotation marks may be a single, so
only "album" and "LP" name an album there. Each sentence is our own."""

from wagtail_montage.importers.extraction.album_called_after import called_album_after

from .test_album_owned_nouns import albums
from .test_track_entries import read

OPENING = "The pier montage in <i>Gull Point</i> (1983) is set to “Tin Roof Blues”."


def test_albums_named_after_their_titles():
    assert called_album_after("\ue000Low Gate\ue001, the record was called.", 10, False)
    assert called_album_after("\ue000Low Gate\ue001, the LP is titled so.", 10, True)
    post = read(
        OPENING,
        "I made the whole album after that. <i>Salt Road</i>, the record was called.",
    )
    assert albums(post) == ["Salt Road"]
    post = read(OPENING, "<i>Harbour Wall</i>, her second album was titled, sold well.")
    assert albums(post) == ["Harbour Wall"]


def test_titles_that_are_not_albums():
    assert not called_album_after(
        "\ue000Low Gate\ue001, the record was called.", 10, True
    )
    post = read(OPENING, "<i>Salt Road</i>, the record says, was cut in a day.")
    assert albums(post) == []
    post = read(OPENING, "“Salt Road”, the record was called, and it was a single.")
    assert albums(post) == []
