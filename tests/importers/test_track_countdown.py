"""The entries of a countdown whose places are headings ("Number four", "No. 3",
"#2") over a paragraph naming the song with its artist first ("Ada Moon and
“X”, written by B", "Jo Vance, “X”.") are tracks that artist performs; not a
title under a heading that is no place, nor one with no name opening the sentence,
nor the film's own title. Each sentence is our own."""

from .test_discourse import titles
from .test_track_entries import performers, read

OPENING = (
    "Tonight we count down your five favourite songs from <i>Gull Point</i> (1983)."
)


def test_countdown_entries_under_their_places():
    post = read(
        OPENING,
        "# Number four",
        "Ada Moon and “Tin Roof Blues”, written by Ben Hale. It still holds up.",
        "# No. 3",
        "Jo Vance, “Pier Lights”. Peaked at number five, and Jo still calls in.",
        "# #2",
        "Nova Relay with “Salt Kiss”, the one under the fireworks.",
    )
    assert performers(post) == {
        "Tin Roof Blues": ["Ada Moon"],
        "Pier Lights": ["Jo Vance"],
        "Salt Kiss": ["Nova Relay"],
    }


def test_no_place_heading_or_no_name_first():
    post = read(OPENING, "# Our favourites", "Ada Moon and “Tin Roof Blues”, sigh.")
    assert titles(post) == []
    post = read(OPENING, "# Number four", "We all love “Tin Roof Blues”, sigh.")
    assert titles(post) == []


def test_the_title_song_said_so():
    post = read(
        OPENING,
        "# Number one",
        "You knew it. The title song. Ada Moon, “Gull Point”, words by Ben Hale.",
    )
    assert performers(post) == {"Gull Point": ["Ada Moon"]}
