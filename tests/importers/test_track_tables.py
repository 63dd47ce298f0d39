"""A table of songs, one paragraph a row with its cells joined by " – ": a header
row names the columns (the title's first, then singers, writers, a chart), each row
after it is a song with its credits and its peak."""

import pytest

from .test_discourse import extract, facts, peaks, titles


def credits(post):
    return {
        value["title"]: (value["performers"], value["composers"])
        for value in facts(post, "track")
    }


@pytest.mark.parametrize(
    "header, row, expected",
    [
        (
            "Song – Sung by – Written by – Billboard Hot 100",
            "Harbour Gate – Mina Cole – Ed Varga &amp; Lou Pines – #12",
            (
                ["Mina Cole"],
                ["Ed Varga", "Lou Pines"],
                ("Harbour Gate", 12, "billboard_hot_100"),
            ),
        ),
        (
            "Track – Artist – Writers – Peak",
            "Harbour Gate – The Low Tides – Ed Varga, Lou Pines – 9 (UK Singles)",
            (
                ["The Low Tides"],
                ["Ed Varga", "Lou Pines"],
                ("Harbour Gate", 9, "uk_singles"),
            ),
        ),
        (
            "Title – Music – Lyrics – Playback – Best chart placing",
            "Harbour Gate – Ed Varga – Lou Pines – Mina Cole and Rafi Dass – UK no. 4",
            (
                ["Mina Cole", "Rafi Dass"],
                ["Ed Varga", "Lou Pines"],
                ("Harbour Gate", 4, "uk_singles"),
            ),
        ),
    ],
)
def test_a_header_row_names_what_each_cell_of_a_row_is(header, row, expected):
    post = extract(
        "The two songs of the montage:", header, row, "Then the end credits."
    )
    performers, composers, peak = expected
    assert titles(post) == ["Harbour Gate"]
    assert credits(post)["Harbour Gate"] == (performers, composers)
    assert peaks(post) == [peak]


def test_each_row_is_a_song_and_a_band_with_the_stays_one_name():
    post = extract(
        "Song – Performed by – Written by",
        "Harbour Gate – Sam &amp; the Ferrymen – Sam Ode",
        "Low Lamps – Nell Tarrant – Nell Tarrant, Ivo Kerr",
    )
    assert titles(post) == ["Harbour Gate", "Low Lamps"]
    assert credits(post)["Harbour Gate"] == (["Sam & the Ferrymen"], ["Sam Ode"])
    assert credits(post)["Low Lamps"] == (
        ["Nell Tarrant"],
        ["Nell Tarrant", "Ivo Kerr"],
    )


def test_a_table_whose_first_column_is_no_song_is_not_read_as_songs():
    post = extract(
        "Chart – Peak – Weeks",
        "Harbour Gate – 12 – 9",
        "Name – Role – Born",
        "Ed Varga – Director – 1950",
    )
    assert titles(post) == []


def test_a_row_with_other_cells_than_the_header_ends_the_table():
    post = extract(
        "Song – Singer",
        "Harbour Gate – Mina Cole",
        "Dates – Venue – City",
        "Summer Tour – The Roxy – Leeds",
    )
    assert titles(post) == ["Harbour Gate"]


def test_it_after_a_table_is_no_row_but_the_title_song_is_the_films():
    post = extract(
        "Song – Singer – Writer",
        "Harbour Gate – Mina Cole – Ed Varga",
        "Low Lamps – Nell Tarrant – Ivo Kerr",
        "It went gold in Canada.",
    )
    assert not facts(post, "chart_fact")
    post = extract(
        "<i>Harbour Gate</i> (1984) is a film about a ferry.",
        "Song – Singer – Writer",
        "Harbour Gate – Mina Cole – Ed Varga",
        "Low Lamps – Nell Tarrant – Ivo Kerr",
        "The title song is the one people know. It reached number 6 on the UK Singles Chart.",
    )
    assert peaks(post) == [("Harbour Gate", 6, "uk_singles")]
