"""Credits a record's page gives by the side and place of its tracklist's items ("A1 and
A3 were cut live in one take, written by singer A and drummer B", "The B-side cues are
C's own compositions") go to the tracks the list ties to those labels; a label no item
carries, or a sentence with no writing credit, credits nothing. Each sentence is our
own."""

from .test_credit_surname_bands import credits
from .test_track_entries import read

OPENING = (
    "<i>Gull Point</i> (1983) is a harbour thriller, and its record is "
    "<i>Gull Point: Music from the Motion Picture</i>."
)
LIST = (
    "<ul><li>A1 Salt Kiss</li><li>A3 Low Gate</li><li>B1 Tin Roof Waltz</li>"
    "<li>B4 Harbour Wall</li></ul>"
)


def test_labels_name_the_tracks_a_credit_is_for():
    post = read(
        OPENING,
        "# Tracklist",
        LIST,
        "A1 and A3 were cut live in one take, written by singer Ida Marr and "
        "drummer Tom Reade on a ferry. The B-side cues are Ana Pell's own "
        "compositions, scored for brass.",
    )
    assert credits(post) == {
        "Salt Kiss": (["Ida Marr", "Tom Reade"], []),
        "Low Gate": (["Ida Marr", "Tom Reade"], []),
        "Tin Roof Waltz": (["Ana Pell"], []),
        "Harbour Wall": (["Ana Pell"], []),
    }


def test_a_label_no_item_carries_or_no_credit_credits_nothing():
    post = read(
        OPENING,
        "# Tracklist",
        LIST,
        "C2 is written by Ida Marr, on the bonus disc. A1 and B1 are the loudest "
        "of the lot.",
    )
    assert all(writers == [] for writers, _p in credits(post).values())
