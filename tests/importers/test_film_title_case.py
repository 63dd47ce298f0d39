"""A run of the post's title that the text writes only in lowercase ("Reading Log:
X" over "my reading log is about X") is the title's capitals on a common phrase,
passed over for the next run the text names; a run the text capitalises, or writes
with a small word in lowercase ("Moon over X"), is still the film. Every sentence
here is invented for the test."""

import pytest

from .test_film_one_year import film_of


@pytest.mark.parametrize(
    "title, body, film",
    [
        (
            "My Film Report: Gravel Harbour, by Tama (Class 4)",
            "My film report is about the film Gravel Harbour. It came out in 2003.",
            "Gravel Harbour",
        ),
        (
            "Homework Sheet: The Kite Hill Gang",
            "This homework sheet is about The Kite Hill Gang, which came out in 1991.",
            "The Kite Hill Gang",
        ),
        (
            "Weekend Notes: Pebble Street",
            "My weekend notes are short. Pebble Street came out in 1972.",
            "Pebble Street",
        ),
        # The text capitalises the run: it stays the film.
        (
            "Lantern Moths: a montage",
            "Lantern Moths came out in 1988 and I love its montage.",
            "Lantern Moths",
        ),
        # A small word written in lowercase: still the film.
        (
            "Moon Over Harrowgate: my notes",
            "I watched Moon over Harrowgate again. The film came out in 1996.",
            "Moon over Harrowgate",
        ),
    ],
)
def test_a_title_run_the_text_writes_in_lowercase_is_no_film(title, body, film):
    assert film_of(title, body)[0] == film
