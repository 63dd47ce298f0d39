""" "Soundtrack" in a field's label or value ("Genre: Soundtrack, Folk", "Best
Soundtrack Album: X") is no album's title; a film's name before a colon and
"Original Soundtrack" still is one. Each sentence is our own."""

from .test_discourse import extract, facts


def albums(post):
    return sorted(value["title"] for value in facts(post, "album"))


def test_a_field_whose_value_is_soundtrack_names_no_album():
    post = extract(
        "Label: Gannet Records. Released: 1983. Genre: Soundtrack, Folk.",
        title="Gull Point (LP, 1983)",
    )
    assert albums(post) == []


def test_an_award_category_names_no_album_but_its_value_does():
    post = extract(
        "Best Soundtrack Album: Gull Point (Original Soundtrack)",
        title="The shortlist",
    )
    assert albums(post) == ["Gull Point (Original Soundtrack)"]


def test_the_film_before_a_colon_is_still_the_album():
    post = extract(
        "Gull Point: Original Soundtrack came out on Gannet Records in 1983.",
        title="Gull Point at forty",
    )
    assert albums(post) == ["Gull Point: Original Soundtrack"]
