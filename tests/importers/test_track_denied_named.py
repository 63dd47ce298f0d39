"""A song the post says is not in its film by the film's own title ("“X” is not in
<i>Gull Point</i>") or leaves off its list or record with a label ("Not on the
list: A's “X”", "the one that is NOT on the record: “X”") is no track; a song not
in another film, or one after a clause with a subject of its own, still is. Each
sentence is our own."""

from .test_discourse import titles
from .test_track_entries import read

OPENING = "The pier montage in <i>Gull Point</i> (1983) is set to “Tin Roof Blues”."


def test_not_in_the_film_by_its_title():
    post = read(OPENING, "No, Ada Moon's “Pier Lights” is not in <i>Gull Point</i>.")
    assert titles(post) == ["Tin Roof Blues"]
    post = read(OPENING, "“Salt Kiss” by the Terns never made it into “Gull Point”.")
    assert titles(post) == ["Tin Roof Blues"]


def test_labels_that_leave_a_song_off_the_list_or_the_record():
    post = read(
        OPENING, "Not on the list: Ada Moon's “Pier Lights”, which people swear by."
    )
    assert titles(post) == ["Tin Roof Blues"]
    post = read(
        OPENING, "The one everyone asks for that is NOT on the record: “Low Gate”."
    )
    assert titles(post) == ["Tin Roof Blues"]
    post = read(OPENING, "Missing from the tracklist – “Harbour Wall” by Jo Vance.")
    assert titles(post) == ["Tin Roof Blues"]


def test_not_in_another_film_or_after_a_new_subject():
    post = read(
        OPENING,
        "The closing song, “Pier Lights” by Ada Moon, is not in <i>Salt Road</i>, "
        "whatever the wiki says.",
    )
    assert "Pier Lights" in titles(post)
    post = read(
        OPENING,
        "The dance is set to “Low Gate”, but the band is not in <i>Gull Point</i>.",
    )
    assert "Low Gate" in titles(post)
