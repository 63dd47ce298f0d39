"""A chart fact's subject, made one way from a track's or an album's block value."""

from wagtail_montage.importers.extraction.context import record_subject


def test_a_tracks_subject_carries_its_first_performer_as_the_artist():
    track = {"title": "Harbour Gate", "performers": ["Mina Cole", "Ed Varga"]}
    assert record_subject("track", track) == ("Harbour Gate", "track", "Mina Cole")
    track = {"title": "Low Lamps", "performers": []}
    assert record_subject("track", track) == ("Low Lamps", "track", "")


def test_an_albums_subject_carries_its_artist():
    album = {"title": "Harbour Lights", "artist": "The Ferrymen"}
    assert record_subject("album", album) == ("Harbour Lights", "album", "The Ferrymen")
