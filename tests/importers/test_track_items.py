"""An item of a bulleted list that opens on a quoted title, then a dash, a comma or a
colon and its artist, is a song when the item credits a writer or the post (or the
heading over the list) is about songs; a bulleted list of films or of anything else
is not read so. Each sentence is our own."""

from .test_track_entries import performers, read


def test_a_bulleted_item_naming_its_artist_and_its_writer():
    post = read(
        "We rewatched <i>Gull Point</i> (1983) on Sunday.",
        "Music:",
        "<ul><li>“Tin Roof” — Ada Moon (written by Lou Hart)</li></ul>",
        title="Gull Point, rewatched",
    )
    assert performers(post) == {"Tin Roof": ["Ada Moon"]}


def test_a_bulleted_item_with_a_comma_and_its_credit_after_a_semicolon():
    post = read(
        "We rewatched <i>Gull Point</i> (1983) on Sunday.",
        "<ul><li>'Pier Lights', The Terns; words and music by Ben Cole.</li></ul>",
        title="Gull Point, rewatched",
    )
    assert performers(post) == {"Pier Lights": ["The Terns"]}


def test_a_bulleted_item_under_a_heading_about_songs():
    post = read(
        "We rewatched <i>Gull Point</i> (1983) on Sunday.",
        "# The songs",
        "<ul><li>“Low Gate” – Jo Vance: the dance scene</li></ul>",
        title="Gull Point, rewatched",
    )
    assert performers(post) == {"Low Gate": ["Jo Vance"]}


def test_a_bulleted_list_of_films_and_their_directors_is_no_song():
    post = read(
        "Three films I saw this month:",
        "<ul><li>“Deep Water” — Tom Spiel (1975)</li>"
        "<li>“Salt Flats” — Ada Kern, in colour</li></ul>",
        title="What I watched in May",
    )
    assert performers(post) == {}


def test_an_item_whose_dash_names_no_artist_is_no_entry():
    post = read(
        "We rewatched <i>Gull Point</i> (1983) on Sunday.",
        "<ul><li>“Harbour Bell” — a cover nobody asked for, written by Lou Hart</li>"
        "</ul>",
        title="Gull Point, rewatched",
    )
    assert "Harbour Bell" not in performers(post)
