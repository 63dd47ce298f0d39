"""A track the post has named, said again with its capitals alone ("Here is how
Tin Roof Blues did on the charts"), is what the next "it" means, not the song named
last; not when the sentence names two of them so, nor a one-word title. Each
sentence is our own."""

from .test_discourse import peaks
from .test_track_entries import read


def test_a_known_title_said_again_without_marks():
    post = read(
        "In <i>Gull Point</i> (1983) you hear “Tin Roof Blues” by Ada Moon and then "
        "“Pier Lights” by the Terns.",
        "Tin Roof Blues was the hit of the summer. It reached No. 4 on the UK "
        "Singles Chart.",
    )
    assert peaks(post) == [("Tin Roof Blues", 4, "uk_singles")]


def test_a_known_title_before_a_colon_and_its_rows():
    post = read(
        "In <i>Gull Point</i> (1983) you hear “Salt on the Window” by Jo Vance, and "
        "then “Harbour Wall” by the Terns.",
        "Here is how Salt on the Window did (from the library):",
        "It went to No. 9 on the Billboard Hot 100.",
    )
    assert peaks(post) == [("Salt on the Window", 9, "billboard_hot_100")]


def test_two_titles_said_again_name_neither():
    post = read(
        "In <i>Gull Point</i> (1983) you hear “Tin Roof Blues” by Ada Moon and then "
        "“Pier Lights” by the Terns.",
        "I like Tin Roof Blues more than Pier Lights. It reached No. 4 on the UK "
        "Singles Chart.",
    )
    assert ("Tin Roof Blues", 4, "uk_singles") not in peaks(post)


def test_a_one_word_title_said_again_is_no_mention():
    post = read(
        "In <i>Gull Point</i> (1983) you hear “Lowlands” by Ada Moon and then "
        "“Pier Lights” by the Terns.",
        "Lowlands was the hit. It reached No. 4 on the UK Singles Chart.",
    )
    assert ("Lowlands", 4, "uk_singles") not in peaks(post)
