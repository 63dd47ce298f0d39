"""A colon's list of quoted titles after words that place them in the film ("In the
film, in order: “A”, “B” and “C”.", "Five songs make it: ...", "What the film
keeps: ...") makes each title a track; a list kept out of the film, or one that
runs on as prose, makes none. Each sentence is our own."""

from .test_credit_surname_bands import credits
from .test_track_entries import read

OPENING = "<i>Tin Larks Live</i> (1986) is the concert film of one night in Leeds."


def test_a_list_the_film_keeps_makes_tracks():
    post = read(
        OPENING,
        "In the film, in order: “Quay Lights”, “Old Mill Road” and “Kettle Blues”.",
    )
    assert set(credits(post)) == {"Quay Lights", "Old Mill Road", "Kettle Blues"}


def test_songs_that_make_it_with_the_encore():
    post = read(
        OPENING,
        "Five songs make it: “Quay Lights”, “Low Gate”, “Tinder Morning”, "
        "“Salt Road” and the encore, “Kettle Blues”.",
    )
    assert set(credits(post)) == {
        "Quay Lights",
        "Low Gate",
        "Tinder Morning",
        "Salt Road",
        "Kettle Blues",
    }


def test_what_the_film_keeps():
    post = read(OPENING, "What the film keeps: “Quay Lights” and “Low Gate”.")
    assert set(credits(post)) == {"Quay Lights", "Low Gate"}


def test_lists_kept_out_or_running_on_make_no_tracks():
    post = read(
        OPENING,
        "Cut from the film: “Quay Lights”, “Old Mill Road” and “Kettle Blues”.",
        "What the film drops: “Salt Road” and “Low Gate”.",
        "Songs not in the film: “Tinder Morning” and “Harbour Dust”.",
        "In the film, in order: “Brackwater” is loud and “Gull Hymn” is slow.",
        "Songs in the film: “Copper Wire”.",
    )
    assert credits(post) == {}
