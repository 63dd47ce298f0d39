"""A fact list's label lines: "Film: X (1986)" or "Movie – X" with "Year: 2001" a
line or two later is the film, without its label; "Song: X", "Track – X by A", "The
theme song: X" is the song, its value the whole line; a heading naming a piece of
music ("The piece", "The theme") announces the title under it."""

import pytest

from .test_discourse import extract, titles
from .test_track_structure import under_heading


def items(*lines):
    return "<ul>" + "".join(f"<li>{line}</li>" for line in lines) + "</ul>"


@pytest.mark.parametrize(
    "lines, film",
    [
        (("Film: Harbour Gate (1984)", "Director: Ivo Kerr"), ("Harbour Gate", 1984)),
        (
            ("Movie – The Long Quay", "Year: 1979", "Rating: 4/5"),
            ("The Long Quay", 1979),
        ),
        (("Picture: Lamps at the Weir", "Released: 1991"), ("Lamps at the Weir", 1991)),
    ],
)
def test_a_film_label_line_names_the_film_without_its_label(lines, film):
    post = extract("My notes, as usual.", items(*lines))
    assert (post.film_title, post.film_year) == film


@pytest.mark.parametrize(
    "lines",
    [
        ("Film: still the best thing of 1986", "Song: none"),
        ("The film: a gang of kids saves a pier (1985)",),
    ],
)
def test_a_film_label_with_a_sentence_for_its_value_names_no_film(lines):
    post = extract("My notes, as usual.", items(*lines))
    assert post.film_title == ""


@pytest.mark.parametrize(
    "line",
    [
        "Song: Saints in the Static",
        "Track – Saints in the Static by The Mirror Ferns",
        "The theme song: Saints in the Static",
    ],
)
def test_a_song_label_line_names_the_song(line):
    post = extract("My notes, as usual.", items("Scene: the noodle bar", line))
    assert titles(post) == ["Saints in the Static"]


@pytest.mark.parametrize(
    "line",
    [
        "Song: still in my head after a double shift",
        "Song: No. 3 on the Hot 100, No. 1 in Canada",
        "Song: Saints in the Static, which I hate",
    ],
)
def test_a_song_label_with_other_words_for_its_value_names_no_song(line):
    post = extract("My notes, as usual.", items("Scene: the noodle bar", line))
    assert titles(post) == []


@pytest.mark.parametrize("heading", ["The piece", "The theme", "Its single", "The cue"])
def test_a_heading_naming_a_piece_of_music_announces_the_title_under_it(heading):
    paragraph = "It is called “Quarry Light”. It plays over the long restoration scene."
    assert titles(under_heading(heading, paragraph)) == ["Quarry Light"]


def test_a_heading_naming_no_music_announces_no_song():
    paragraph = "It is called “Quarry Light”. It plays over the long restoration scene."
    assert titles(under_heading("The cinema", paragraph)) == []


def items_under(lead, *lines):
    return titles(extract(lead, items(*lines)))


@pytest.mark.parametrize(
    "lead, lines",
    [
        (
            "The film's ferry montage uses two songs:",
            (
                "Quarry Light, written and performed by Nell Tarrant",
                "Low Lamps, performed by The Weirs; written by Ivo Kerr",
            ),
        ),
        (
            "The songs in the montage:",
            ("Quarry Light by Nell Tarrant", "Low Lamps by The Weirs"),
        ),
        (
            "Music over the dance, in order:",
            ("Quarry Light, sung by Nell Tarrant", "Low Lamps, composed by Ivo Kerr"),
        ),
    ],
)
def test_unquoted_items_under_a_lead_announcing_songs_are_tracks(lead, lines):
    assert items_under(lead, *lines) == ["Quarry Light", "Low Lamps"]


@pytest.mark.parametrize(
    "lead, lines",
    [
        (
            "Places we visited:",
            ("Gastown, written up by the Times", "Alice Lake by the pier"),
        ),
        (
            "The montage uses two songs:",
            ("Rain, later", "The bike ride, performed by kids"),
        ),
    ],
)
def test_items_under_another_lead_or_without_a_credit_are_no_tracks(lead, lines):
    assert items_under(lead, *lines) == []
