"""Credits as labels in a list of credits: "Words and music: A, B and C",
"Performed by: D"; not a film's credits box ("Writer: A", "Music: B"). Every
sentence here is invented for the test."""

from .test_credit_rules import tracks
from .test_discourse import extract

INTRO = "The song “Tide Clock Waltz” plays over the montage at the ferry."


def extract_list(items):
    return extract(INTRO, "Credits, for anyone who asks:", f"<ul>{items}</ul>")


def test_a_list_of_labelled_credits():
    items = (
        "<li>Words and music: Ida Marsh, Oren Kaye and Lila Poe</li>"
        "<li>Performed by: The Sandbar Six</li>"
    )
    assert tracks(extract_list(items)) == {
        "Tide Clock Waltz": (
            ["Ida Marsh", "Oren Kaye", "Lila Poe"],
            ["The Sandbar Six"],
        )
    }


def test_a_films_credits_box_credits_no_song():
    items = "<li>Writer: Ida Marsh</li><li>Music: Oren Kaye</li>"
    assert tracks(extract_list(items)) == {"Tide Clock Waltz": ([], [])}


def test_names_and_more_after_a_label_are_no_credit():
    items = "<li>Lyrics: Ida Marsh wanted none of it</li>"
    assert tracks(extract_list(items)) == {"Tide Clock Waltz": ([], [])}
