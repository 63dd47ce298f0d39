"""The film a post's title sets in brackets ("My Project: A Film With A Good Montage
(Salt Creek)") is tried before the title's other capitalised runs the text also
names; a bracket holding only a year or small words holds no film, and the title's
first run the text names is the film. Every sentence here is invented for the test."""

import pytest

from .test_film_one_year import film_of

BODY = (
    "For my project I chose Salt Creek, which came out in 1994. "
    "My Project is due on Friday."
)
CASES = [
    ("My Project: A Film With A Good Montage (Salt Creek)", BODY, "Salt Creek"),
    ("Homework Notes: the montage and the map (Salt Creek)", BODY, "Salt Creek"),
    (
        "Field Trip Diary, Part Two (Salt Creek)",
        "We drove to Salt Creek, the 1994 film's town. The Field Trip Diary goes on.",
        "Salt Creek",
    ),
    # a bracket with a year or small words only: the first run the text names
    ("Salt Creek: a montage (1994)", BODY, "Salt Creek"),
    ("Salt Creek, a montage (for my class)", BODY, "Salt Creek"),
]


@pytest.mark.parametrize("title, body, film", CASES)
def test_the_film_in_the_titles_brackets_comes_first(title, body, film):
    assert film_of(title, body)[0] == film
