"""A table's column headed "Song" or "Track" names songs wherever it stands: the
columns no role names ("#", "Time", "Side", "Scene", "Notes") are passed over, and a
long note in one of them does not end the table. A bare "Title" names songs only as
the first column, so a filmography's table is no table of songs."""

import pytest

from .test_discourse import extract, facts, titles


def credits(post):
    return {
        value["title"]: (value["performers"], value["composers"])
        for value in facts(post, "track")
    }


@pytest.mark.parametrize(
    "header, rows",
    [
        (
            "# – Time – Song – Artist – Scene",
            [
                "1 – 0:02:10 – Harbour Gate – Mina Cole – the opening drive along the cliffs at dawn",
                "2 – 1:12:40 – Low Lamps – The Ferrymen – Montage: the boat is rebuilt",
            ],
        ),
        (
            "Side – Song – Sung by – Written by",
            [
                "A1 – Harbour Gate – Mina Cole – Ed Varga",
                "B2 – Low Lamps – The Ferrymen – Ivo Kerr",
            ],
        ),
        (
            "Song – Performer – Notes",
            [
                "Harbour Gate – Mina Cole – heard twice, the second time under the rain scene and the credits",
                "Low Lamps – The Ferrymen – radio only",
            ],
        ),
    ],
)
def test_a_column_of_songs_is_read_wherever_it_stands(header, rows):
    post = extract("The songs in the film:", header, *rows, "That is all of them.")
    assert titles(post) == ["Harbour Gate", "Low Lamps"]
    assert credits(post)["Harbour Gate"][0] == ["Mina Cole"]
    assert credits(post)["Low Lamps"][0] == ["The Ferrymen"]


def test_the_composer_column_after_passed_over_columns_is_still_read():
    post = extract(
        "Cue – Track – Composer – Duration",
        "1M1 – Harbour Gate – Ed Varga – 2:14",
    )
    assert credits(post)["Harbour Gate"] == ([], ["Ed Varga"])


def test_a_filmography_with_a_title_column_is_not_read_as_songs():
    post = extract(
        "Year – Title – Role",
        "1984 – Harbour Gate – the ferryman",
        "1987 – Low Lamps – a lighthouse keeper",
    )
    assert titles(post) == []


def test_a_column_of_songs_with_no_role_beside_it_is_not_read_as_songs():
    post = extract(
        "Date – Venue – Songs",
        "4 May – The Roxy – Harbour Gate",
        "5 May – Corn Exchange – Low Lamps",
    )
    assert titles(post) == []


def test_a_duo_of_two_single_names_is_one_performer_and_two_full_names_are_two():
    post = extract(
        "# – Song – Artist – Writers",
        "1 – Harbour Gate – Moss &amp; Varga – Ed Moss &amp; Lou Varga",
        "2 – Low Lamps – Nell Tarrant &amp; Ivo Kerr – Ivo Kerr",
    )
    assert credits(post)["Harbour Gate"] == (["Moss & Varga"], ["Ed Moss", "Lou Varga"])
    assert credits(post)["Low Lamps"][0] == ["Nell Tarrant", "Ivo Kerr"]
