"""One vocabulary names a record as where a song comes from, for every rule that
keeps the song, not its album, what the next "it" means."""

import re

import pytest

from wagtail_montage.importers.extraction import (
    album_song_places,
    chart_it_on_albums,
    chart_source_objects,
)
from wagtail_montage.importers.extraction.record_sources import (
    record_ahead,
    record_before_title,
    song_from_title,
)


@pytest.mark.parametrize(
    "text",
    [
        "turned up on the only album they made",
        "came off Juno Pike's second LP",
        "is from their last record",
        "sits on that EP",
    ],
)
def test_a_record_ahead_of_its_owner_is_a_source(text):
    assert re.search(record_ahead(4), text)


@pytest.mark.parametrize(
    "text", ["was on the radio all summer", "from their first tour of Japan"]
)
def test_a_preposition_before_no_record_is_no_source(text):
    assert not re.search(record_ahead(4), text)


@pytest.mark.parametrize(
    "text",
    [
        "It was the opening track on her album “",
        "It came from the CD ",
        "off his second LP, ",
    ],
)
def test_a_source_phrase_ends_right_before_the_title(text):
    assert re.search(record_before_title(3), text, re.IGNORECASE)


@pytest.mark.parametrize(
    "text", ["It was on her album for years and then “", "It came from the studio “"]
)
def test_a_record_far_from_the_title_is_not_its_source(text):
    assert not re.search(record_before_title(3), text, re.IGNORECASE)


def test_a_song_noun_names_the_record_it_comes_from():
    pattern = song_from_title(re.escape("Tidewater Hymns"))
    assert re.search(pattern, "the second single taken from “Tidewater Hymns”")
    assert re.search(pattern, "a cut lifted off Tidewater Hymns")
    assert not re.search(pattern, "the single came out after Tidewater Hymns")
    assert not re.search(pattern, "the second single from “Tidewater Nights”")


def test_the_four_readers_share_the_vocabulary():
    """A record noun the shared vocabulary adds ("EP") is read by every reader."""
    assert album_song_places.ON_RECORD_RE.search("from their debut EP")
    assert chart_it_on_albums.ON_ALBUM_RE.search("It was the lead track on their EP ")
    assert chart_source_objects.SOURCE_BEFORE_RE.search("It comes from her EP “")
