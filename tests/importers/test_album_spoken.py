"""Quoted speech of several sentences is not a record's title, even when it names
the single or the album ("'The mug. And the album. And a tea towel.'"); a title
with an abbreviation in it ("Vol. 2") is one. Each sentence is our own."""

from wagtail_montage.importers.extraction.album_spoken import spoken

from .test_album_owned_nouns import albums
from .test_track_entries import read

OPENING = "The pier montage in <i>Gull Point</i> (1983) is set to “Tin Roof Blues”."


def test_speech_of_several_sentences_is_not_a_title():
    assert spoken("The mug. And the album. And a tea towel")
    assert spoken("We framed the record! Then the album came")
    assert spoken("I bought it twice. The album, I mean")
    post = read(
        OPENING,
        "'We kept the ticket,' her dad said. 'And the single. And the album. And a "
        "tea towel.'",
    )
    assert albums(post) == []


def test_titles_with_abbreviations_or_one_phrase_stay_titles():
    assert not spoken("Harbour Songs Vol. 2")
    assert not spoken("Mr. Blue Sky Sessions")
    assert not spoken("Gull Point: Music from the Film")
    post = read(
        OPENING, "The soundtrack album, <i>Gull Point Vol. 2</i>, came out in 1984."
    )
    assert albums(post) == ["Gull Point Vol. 2"]
