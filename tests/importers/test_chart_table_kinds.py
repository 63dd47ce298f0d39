"""A chart table's rows are all of the kind its other rows name: a row that fits
either kind ("Australia (Kent Music Report) – 12") in a table with a singles chart's
row ("Irish Singles Chart (IRMA) – 3") is the single's, not the album named just
before the table; one with an albums chart's row is the album's."""

import pytest

from .test_discourse import extract, peaks

SONG = "Harbour Lights Fading"
ALBUM = "Gull Point: Music from the Film"
POST = (
    f"“{SONG}” is a 1984 single by The Quayside Five, written by Mara Tolland.",
    f"The soundtrack album, <i>{ALBUM}</i>, reached No. 20 on the UK Albums Chart in "
    "1985.",
)
SONG_LAST = (
    f"The soundtrack album is <i>{ALBUM}</i>.",
    f"Its single, “{SONG}”, is by The Quayside Five, written by Mara Tolland.",
)

# Tables read after the post's paragraphs, and a peak each must give.
TABLES = [
    (
        POST,
        ("Australia (Kent Music Report) – 12", "Irish Singles Chart (IRMA) – 3"),
        (SONG, 12, "australia_kent"),
    ),
    (
        POST,
        ("Canada Top Singles (RPM) – 14", "UK Singles Chart – 6"),
        (SONG, 14, "canada_rpm"),
    ),
    (
        SONG_LAST,
        ("Australia (Kent Music Report) – 40", "UK Albums Chart – 18"),
        (ALBUM, 40, "australia_kent"),
    ),
]


def listed(*items):
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


# The same rows as a list's items, one with a note after its position.
TABLES += [
    (
        POST,
        (
            listed(
                "Irish Singles Chart: 3 (behind a novelty record)", "Dutch Top 40: 9"
            ),
        ),
        (SONG, 9, "other"),
    ),
]


@pytest.mark.parametrize("before, rows, expected", TABLES)
def test_a_row_is_of_the_kind_the_other_rows_name(before, rows, expected):
    assert expected in peaks(extract(*before, *rows))


# Tables that say nothing of the kind: rows of both kinds, a row alone.
NO_KIND = [
    (
        "Australia (Kent Music Report) – 12",
        "UK Singles Chart – 6",
        "UK Albums Chart – 18",
    ),
    ("Australia (Kent Music Report) – 12",),
]


@pytest.mark.parametrize("rows", NO_KIND)
def test_a_table_of_either_kind_gives_the_song_no_row(rows):
    assert (SONG, 12, "australia_kent") not in peaks(extract(*POST, *rows))
