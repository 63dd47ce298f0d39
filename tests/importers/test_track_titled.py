"""The song the post's own title names is a song where the body first quotes it;
not when the post's title says it is about a record or a film, nor a title with a
year in brackets after it. Each sentence is our own."""

from .test_discourse import titles
from .test_track_entries import read


def test_the_song_a_posts_title_names():
    post = read(
        "Our choir voted, and the winner for the spring concert is “Paper Harbour”.",
        "The altos carry the tune.",
        title="Arranging Paper Harbour for four voices",
    )
    assert set(titles(post)) == {"Paper Harbour"}


def test_the_song_after_a_colon_in_the_posts_title():
    post = read(
        "For the fourth year running, couples asked us for 'Lamp in the Window'.",
        "We could play it blindfolded.",
        title="Most requested at weddings: Lamp in the Window",
    )
    assert set(titles(post)) == {"Lamp in the Window"}


def test_the_song_whose_riff_the_posts_title_names():
    post = read(
        "Today, as you asked: the open-G riff of ‘Copper Mile Road’. Tune down first.",
        title="Lesson 7 - the Copper Mile Road riff",
    )
    assert set(titles(post)) == {"Copper Mile Road"}


def test_a_post_about_a_record_names_no_song():
    post = read(
        "Everyone in the shop agrees that “Copper Mile Road” is the one to own.",
        title="Staff pick: the Copper Mile Road album",
    )
    assert titles(post) == []


def test_a_title_with_its_year_is_a_film():
    post = read(
        "Nobody who saw “Copper Mile Road” (1987) forgets the bus scene.",
        title="Why Copper Mile Road still works",
    )
    assert titles(post) == []
