"""A release database's credit rows copied under its tracklist ("Written-By [A1, B2]
– Tova Lind", "Music By – Ezra Punt (tracks: 2)", "Vocals [Featuring] – Mae Orr
(tracks: 3)") credit the tracks the rows' places name; other roles, brackets of
other words, places the tracklist lacks, and a compilation's credit with no places
credit nothing. Each row is our own."""

from .test_credit_surname_bands import credits
from .test_track_entries import read

OPENING = (
    "Someone asked who wrote the songs on the <i>Copper Tide</i> (1981) soundtrack, "
    "so here is its page from the release database."
)
ROWS = (
    "<ul><li>A1 – The Quill Sisters – Lantern Weather – 3:41</li>"
    "<li>A2 – Ossie Brand – Salt Road – 4:05</li>"
    "<li>B1 – Mae Orr – Rust on the Rails – 5:12</li></ul>"
)


def test_places_in_brackets_and_after_names():
    post = read(
        OPENING,
        "# Tracklist",
        ROWS,
        "# Credits",
        "<ul><li>Written-By [A1] – Tova Lind, Ezra Punt</li>"
        "<li>Lyrics By – Ossie Brand (tracks: A2)</li>"
        "<li>Music By – Ezra Punt (tracks: A2), Tova Lind (tracks: B1)</li>"
        "<li>Vocals [Featuring] – Ida Marr (tracks: B1)</li></ul>",
    )
    assert credits(post) == {
        "Lantern Weather": (["Tova Lind", "Ezra Punt"], ["The Quill Sisters"]),
        "Salt Road": (["Ossie Brand", "Ezra Punt"], ["Ossie Brand"]),
        "Rust on the Rails": (["Tova Lind"], ["Mae Orr", "Ida Marr"]),
    }


def test_a_credit_without_places_on_one_acts_record():
    post = read(
        OPENING,
        "<ul><li>A – Tinder Morning – 3:15</li><li>B – Kettle Blues – 2:47</li></ul>",
        "# Credits",
        "<ul><li>Vocals – Ida Marr</li>"
        "<li>Written-By – I. Marr, K. Dunne (tracks: A)</li></ul>",
    )
    assert credits(post) == {
        "Tinder Morning": (["I. Marr", "K. Dunne"], ["Ida Marr"]),
        "Kettle Blues": ([], ["Ida Marr"]),
    }


def test_the_credits_replace_the_writers_the_prose_guessed():
    post = read(
        OPENING,
        "# Tracklist",
        ROWS,
        "# Credits",
        "<ul><li>Written-By – Tova Lind (tracks: B1)</li></ul>",
        "Mae Orr sings “Rust on the Rails”, and Kip Vane wrote the tune, I think.",
    )
    assert credits(post)["Rust on the Rails"][0] == ["Tova Lind"]


def test_other_roles_brackets_places_and_compilations_credit_nothing():
    post = read(
        OPENING,
        "# Tracklist",
        ROWS,
        "# Credits",
        "<ul><li>Producer – Tova Lind</li><li>Arranged By [A1] – Ezra Punt</li>"
        "<li>Vocals [Backing] – Kip Vane (tracks: A2)</li>"
        "<li>Written-By [C4] – Ezra Punt</li>"
        "<li>Written-By – Ezra Punt</li>"
        "<li>Photography By [Cover] – uncredited</li>"
        "<li>Written-By – uncredited (tracks: A1)</li></ul>",
    )
    assert credits(post) == {
        "Lantern Weather": ([], ["The Quill Sisters"]),
        "Salt Road": ([], ["Ossie Brand"]),
        "Rust on the Rails": ([], ["Mae Orr"]),
    }


def test_no_tracklist_no_credits():
    post = read(
        "In <i>Copper Tide</i> (1981) the ferry montage is set to “Lantern "
        "Weather” by the Quill Sisters.",
        "<ul><li>Written-By [A1] – Tova Lind</li></ul>",
    )
    assert credits(post)["Lantern Weather"][0] == []
