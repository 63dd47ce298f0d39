"""A setlist page's header ("The Tin Larks at Corn Exchange, Leeds, England — May 3,
1986") gives its act to the list's songs the post has as tracks, a cover's person
as their writer and a guest as a performer beside the act; a header that is prose,
has no year or no venue, a list far from it, and songs the post lacks give
nothing. Each line is our own."""

from .test_credit_surname_bands import credits
from .test_track_entries import read

OPENING = "<i>Tin Larks Live</i> (1986) is the concert film of one night in Leeds."
SETLIST = (
    "<ul><li>1. Quay Lights</li><li>2. Old Mill Road (Hetty Brask cover)</li>"
    "<li>3. Copper Wire</li><li>Encore: 4. Kettle Blues (with Ossie Brand)</li></ul>"
)
KEPT = "In the film, in order: “Quay Lights”, “Old Mill Road” and “Kettle Blues”."


def test_the_act_guests_and_covered_writers():
    post = read(
        OPENING,
        "# The Tin Larks at Corn Exchange, Leeds, England — May 3, 1986",
        "Tour: Low Gate Tour · 4 songs · edited by 2 users",
        SETLIST,
        KEPT,
    )
    assert credits(post) == {
        "Quay Lights": ([], ["The Tin Larks"]),
        "Old Mill Road": (["Hetty Brask"], ["The Tin Larks"]),
        "Kettle Blues": ([], ["The Tin Larks", "Ossie Brand"]),
    }


def test_a_bold_paragraph_header():
    post = read(
        OPENING,
        "<b>Marrow Kite at Palace Ballroom, Hull, England. June 9, 1979.</b> 4 songs.",
        SETLIST,
        KEPT,
    )
    assert credits(post)["Quay Lights"] == ([], ["Marrow Kite"])


def test_prose_no_year_no_venue_or_far_lists_give_no_act():
    for header in (
        "# The Tin Larks at Corn Exchange, Leeds",
        "# Tin Larks at their best, 1986",
        "We saw The Tin Larks at Corn Exchange, Leeds, in May 1986, and it was the "
        "loudest night of the whole year for everyone in the room, my ears rang for "
        "a week after it and my brother swears he still hears the bass.",
    ):
        post = read(OPENING, header, SETLIST, KEPT)
        assert all(people == [] for _w, people in credits(post).values()), header
    post = read(
        OPENING,
        "# The Tin Larks at Corn Exchange, Leeds, England — May 3, 1986",
        "A note.",
        "Another note.",
        "A third note.",
        SETLIST,
        KEPT,
    )
    assert all(people == [] for _w, people in credits(post).values())
