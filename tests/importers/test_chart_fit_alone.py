"""A position with no chart of its own takes the one chart named near it that can
hold its kind of record, unless that chart was left only because another country's
chart cannot hold it: after a single's UK singles and Media Control positions, an
album's "number 31" is on neither, for the review; charts of one country (the UK's
singles and albums charts, Billboard's) still tell which is the record's."""

from .test_discourse import extract, peaks

SONG = "The dance montage is set to “Lantern Street” by The Orchard Kites."
ALBUM = "The album, <i>Harbor Nights</i>, came out in May."
LATER = "The album stalled at number 31."
# The sentences of a post after its song, and the album's peaks they give.
ALBUM_PEAKS = (
    (("It reached No. 4 on the Kent Music Report.", ALBUM, LATER), [31]),
    (
        (
            "It reached No. 4 on the UK Singles Chart, and the album, <i>Harbor "
            "Nights</i>, made the UK Albums Chart.",
            LATER,
        ),
        [31],
    ),
    (
        (
            "The album, <i>Harbor Nights</i>, reached No. 8 on the Billboard 200; the "
            "single did best on the Adult Contemporary chart, at number five.",
        ),
        [8],
    ),
    # another country's singles chart is put aside: the album's chart is unknown
    (
        (
            "It reached No. 4 on the UK Singles Chart and No. 9 on the Media Control chart.",
            ALBUM,
            LATER,
        ),
        [],
    ),
    (
        (
            "It reached No. 4 on the Hot 100 and No. 2 on the Kent Music Report.",
            ALBUM,
            LATER,
        ),
        [],
    ),
)


def test_an_albums_position_takes_a_chart_only_its_countrys_charts_tell():
    for sentences, expected in ALBUM_PEAKS:
        found = peaks(extract(SONG, *sentences))
        assert [n for title, n, _c in found if title == "Harbor Nights"] == expected
        assert ("Harbor Nights", 31, "germany_media_control") not in found
        assert ("Harbor Nights", 31, "australia_kent") not in found or expected


def test_the_songs_own_chart_in_its_sentence_is_kept():
    found = peaks(extract(SONG, ALBUM_PEAKS[2][0][0]))
    assert ("Lantern Street", 5, "billboard_adult_contemporary") in found
