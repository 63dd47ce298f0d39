"""A song given as a record's card, one label a line ("Title: <i>X</i>. Artist: A.
Writers: B, C. Label: D."): the title is a track, the artist its performer, the
writers its composers. Not a film's card ("Title: <i>X</i>. Director: A."), nor a
"Title:" line with no label of a song's people after it. Each sentence is our own."""

from .test_discourse import facts
from .test_track_entries import read

OPENING = "The pier montage in <i>Gull Point</i> (1983) is the best thing in it."


def credits(post):
    return {
        value["title"]: (value["composers"], value["performers"])
        for value in facts(post, "track")
    }


def test_record_cards():
    post = read(
        OPENING,
        "Title: <i>Low Gate</i>. Artist: The Terns. Writers: Ida Crane, Tom Reed. "
        "Label: Harbour.",
    )
    assert credits(post) == {"Low Gate": (["Ida Crane", "Tom Reed"], ["The Terns"])}
    post = read(OPENING, "Single: <i>Salt Kiss</i>. Performer: Ada Moon. Year: 1983.")
    assert credits(post) == {"Salt Kiss": ([], ["Ada Moon"])}
    post = read(OPENING, "Title: “Pier Lights”. Songwriters: Ann Lowe and Kit Marsh.")
    assert credits(post) == {"Pier Lights": (["Ann Lowe", "Kit Marsh"], [])}


def test_cards_of_no_song():
    post = read(
        "Title: <i>Harbour Wall</i>. Director: Ida Crane. Year: 1983.",
        "The pier montage is the best thing in it.",
    )
    assert credits(post) == {}
    post = read(OPENING, "Title: <i>Low Gate</i>. It was never released.")
    assert credits(post) == {}
