"""A list under a heading of contents ("Contents", "What's inside") is a list of
songs when the paragraph before the heading says what it gathers are songs from the
film; a box's contents, or a paragraph about something else, make no songs. Each
sentence is our own."""

from .test_track_entries import read
from .test_track_side_prefixes import titles

LEAD = (
    "<i>Gull Point</i> (1983) still fills halls. Here are the six best-loved songs "
    "from the film, arranged for voice and piano."
)
ITEMS = "<ul><li>Salt Kiss</li><li>Harbour Wall (Reprise)</li><li>Low Gate</li></ul>"


def test_contents_of_songs_from_the_film():
    for heading in ("# Contents", "# What's inside", "# In this book"):
        assert titles(read(LEAD, heading, ITEMS)) == [
            "Harbour Wall (Reprise)",
            "Low Gate",
            "Salt Kiss",
        ]


def test_contents_of_something_else_make_no_songs():
    post = read(
        "<i>Gull Point</i> (1983) is back on vinyl, with a few extras.",
        "# Contents",
        "<ul><li>Gatefold Sleeve</li><li>Poster Insert</li></ul>",
    )
    assert titles(post) == []
    post = read(
        "<i>Gull Point</i> (1983) fans: six favourites from our shop this week.",
        "# What's inside",
        ITEMS,
    )
    assert titles(post) == []
