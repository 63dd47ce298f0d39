"""The film the text introduces by its year and kind over a film read from the words
of the post's own title (film_introduced_body): a headline names a label, a chart or
a person as often as the film. Every sentence and title here is invented."""

import pytest

from .test_place_rules import extract

# Sentences that name no film, so that the film's introduction is not an opening one.
BETWEEN = (
    "The deal closed on Monday after months of talks.",
    "Nobody at the firm would comment on the price.",
    "Staff were told by email.",
)
# (post title, first paragraph, the introducing sentence, the film)
INTRODUCED = [
    (
        "Harrowgate Music sells its catalogue for $12m",
        "Harrowgate Music has sold its songbook.",
        "The jewel is a ballad written for the 1983 film Tin Kettle Road, a modest hit.",
        ("Tin Kettle Road", 1983),
    ),
    (
        "Dora Pell obituary",
        "Dora Pell, who has died aged 80, sang one song the country knew.",
        "It was written for Ivo Marsh's 1968 drama The Paper Lantern and sung by Pell "
        "at nineteen.",
        ("The Paper Lantern", 1968),
    ),
    (
        "Kestrel Records sells its back catalogue",
        "Kestrel Records has sold its masters to a fund.",
        "Its best seller is still the theme of the 1977 western Dry Creek Run, which "
        "no one has licensed since.",
        ("Dry Creek Run", 1977),
    ),
]
# Two films introduced: the reading of the headline stays, nothing is chosen.
TWO_FILMS = (
    "Harrowgate Music sells its catalogue for $12m",
    "Harrowgate Music has sold its songbook.",
    "The jewel is a ballad written for the 1983 film Tin Kettle Road, and another "
    "for the 1985 film Salt Lane Summer.",
)
# A person after the kind: "the 1994 picture Ann Roe directed" is no title.
DOER = (
    "Kestrel Records sells its back catalogue",
    "Kestrel Records has sold its masters to a fund.",
    "Its best seller is the theme of the 1977 western Ada Voss directed in Utah.",
)


def film(title, first, introducing):
    post = extract(first, *BETWEEN, introducing, title=title)
    return post.film_title, post.film_year


@pytest.mark.parametrize("title, first, introducing, expected", INTRODUCED)
def test_the_film_the_text_introduces_is_the_film(title, first, introducing, expected):
    assert film(title, first, introducing) == expected


def test_two_films_introduced_choose_neither():
    title, _year = film(*TWO_FILMS)
    assert title not in ("Tin Kettle Road", "Salt Lane Summer")


def test_a_person_after_the_kind_is_no_film():
    title, _year = film(*DOER)
    assert "Ada Voss" not in title


def test_the_film_is_a_page_field_and_no_suggestion():
    title, first, introducing, _expected = INTRODUCED[0]
    post = extract(first, *BETWEEN, introducing, title=title)
    films = [fact["value"] for fact in post.facts if fact["kind"] == "film"]
    assert films == [{"title": "Tin Kettle Road", "year": 1983}]
    assert all(item["kind"] != "film" for item in post.suggested)
