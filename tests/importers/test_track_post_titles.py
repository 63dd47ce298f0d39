"""A song the post's own title names ("The Gulls – Salt Kiss (anniversary
edition)", "Salt Kiss chords & tab — Ada Moon") is a track where the text writes it
bare and says it is the song ("Salt Kiss is the one that plays", "so Salt Kiss is
THE song from the montage"), the title's part beside it, a name the text also
writes, its performer; a part the text names otherwise, or the film's own title,
makes nothing. Each sentence is our own."""

from .test_credit_surname_bands import credits
from .test_fact_extraction import extract


def read(title, *paragraphs):
    return extract(*paragraphs, title=title)


FILM = "People found us through <i>Gull Point</i> (1983), the harbour film."


def test_the_song_the_post_is_titled_by():
    post = read(
        "The Gulls – Salt Kiss (10th anniversary edition)",
        FILM,
        "Salt Kiss is the one that plays while the boats go out. The Gulls still "
        "play it live.",
    )
    assert credits(post) == {"Salt Kiss": ([], ["The Gulls"])}
    post = read(
        "Pier Lights chords & tab — Ada Moon (from Gull Point)",
        FILM,
        "OK so Pier Lights is THE song from the harbour montage. Ada Moon wrote it "
        "in one night.",
    )
    assert credits(post) == {"Pier Lights": (["Ada Moon"], ["Ada Moon"])}
    post = read(
        "Low Gate Blues — Tom Reade | Catalogue TR-0042 | Pre-cleared",
        FILM,
        "Moody and slow, Low Gate Blues plays under the whole chase.",
    )
    assert credits(post) == {"Low Gate Blues": ([], [])}


def test_a_part_the_text_names_otherwise_makes_nothing():
    post = read(
        "The Gulls – Salt Kiss (10th anniversary edition)",
        FILM,
        "Salt Kiss was their second album, and it sold badly.",
    )
    assert credits(post) == {}
    post = read(
        "Gull Point — New 35mm Print, One Week Only",
        "<i>Gull Point</i> (1983) is back. Gull Point is the one to see this week.",
    )
    assert credits(post) == {}
