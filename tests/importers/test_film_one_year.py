"""The year of a film the post's title names, when the opening sentences give no
year in a film's wording but name one year only: "the 1977 frame grabs", "the most
expensive caper of 1990", "In the summer of 1994 ..."; not a style ("pure 1988"),
not two years, not only the writer's own ("since 2004", "I watched it in August
1983")."""

import pytest

from .test_discourse import extract


def film_of(title, *paragraphs):
    post = extract(*paragraphs, title=title)
    return (post.film_title, post.film_year)


@pytest.mark.parametrize(
    "title, opening, expected",
    [
        (
            "Copper Valley: then and now on the coast road",
            "Last spring I finally drove the route I first saw when I rented Copper"
            " Valley on tape: every bend I could find, the 1977 frame grabs on the"
            " passenger seat.",
            ("Copper Valley", 1977),
        ),
        (
            "Who isn't speaking to whom after Copper Valley",
            "Darlings. The wrap party for Copper Valley, the most expensive caper of"
            " 1990, ended in tears.",
            ("Copper Valley", 1990),
        ),
        (
            "Thirty years on: the summer Copper Valley owned the radio",
            "In the summer of 1994 you could not get into a car without hearing it."
            " Copper Valley opened that June to polite reviews.",
            ("Copper Valley", 1994),
        ),
    ],
)
def test_the_one_year_of_the_opening_is_the_films(title, opening, expected):
    assert film_of(title, opening) == expected


@pytest.mark.parametrize(
    "opening",
    [
        "The casino montage in Copper Valley is pure 1988, and I love it.",
        "Copper Valley came to my town in a year I forget; I moved there in 1985 and"
        " left in 1991.",
        "I have rewatched Copper Valley every winter since 2004.",
        "I first watched Copper Valley at a drive-in in August 1983.",
    ],
)
def test_no_year_from_a_style_two_years_or_the_writers_own(opening):
    assert film_of("Notes on Copper Valley", opening)[1] is None


def test_no_year_for_a_person_the_title_names():
    film = film_of(
        "Remembering Ada Roe, 1931-2024",
        "Ada Roe scored thirty films, and the one everyone hums came out in a year"
        " she hated, 1987.",
    )
    assert film[1] is None
