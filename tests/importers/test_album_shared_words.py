"""The album readers share their words: what may stand between an owner and a record
noun, and which nouns after it make the title one of the record's songs."""

import pytest

from wagtail_montage.importers.extraction.album_owned_nouns import OWNED_AFTER_RE
from wagtail_montage.importers.extraction.album_words import ALBUM_AFTER_RE


@pytest.mark.parametrize("reader", [ALBUM_AFTER_RE, OWNED_AFTER_RE])
def test_a_title_in_apposition_to_a_record_is_the_record(reader):
    assert reader.match(", their long-lost second album, came out in 1979")
    assert reader.match(", their third LP")


@pytest.mark.parametrize("reader", [ALBUM_AFTER_RE, OWNED_AFTER_RE])
@pytest.mark.parametrize(
    "noun", ["track", "cuts", "songs", "single", "singles", "opener", "closer"]
)
def test_a_song_of_the_record_is_not_the_record(reader, noun):
    assert not reader.match(f", their second album {noun}")


@pytest.mark.parametrize("reader", [ALBUM_AFTER_RE, OWNED_AFTER_RE])
def test_a_song_noun_between_owner_and_record_is_refused(reader):
    assert not reader.match(", their single from the album")
