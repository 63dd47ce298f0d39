"""A track given a chart only albums are on means the post's one album: "It peaked
at No. 2 on Billboard's soundtrack chart" after the song is the album's position;
with two albums named, or a chart a track is on, nothing changes."""

import pytest

from .test_discourse import extract, peaks

SONG = "The closing dance is set to “Lantern Street” by The Orchard Kites."
ALBUM = "The soundtrack album, “Harbor Nights”, came out on Redline Records."
OTHER_ALBUM = "The band's own album, “Tin Weather”, came out the same year."


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The song did well: it peaked at number two on Billboard's soundtrack chart.",
            ("Harbor Nights", 2, "billboard_soundtracks"),
        ),
        (
            "The song got a second life, and the record climbed to No. 61 on the "
            "Billboard 200.",
            ("Harbor Nights", 61, "billboard_200"),
        ),
        (
            "“Lantern Street” carried it to No. 9 on the UK Albums Chart.",
            ("Harbor Nights", 9, "uk_albums"),
        ),
    ],
)
def test_an_albums_chart_after_the_song_is_the_albums(sentence, expected):
    assert expected in peaks(extract(ALBUM, SONG, sentence))


def test_two_albums_leave_it_to_the_editor():
    post = extract(ALBUM, OTHER_ALBUM, SONG, "It peaked at No. 2 on the Billboard 200.")
    assert ("Harbor Nights", 2, "billboard_200") not in peaks(post)
    assert ("Tin Weather", 2, "billboard_200") not in peaks(post)


def test_a_track_chart_stays_the_tracks():
    post = extract(ALBUM, SONG, "It peaked at No. 12 on the Hot 100.")
    assert peaks(post) == [("Lantern Street", 12, "billboard_hot_100")]
