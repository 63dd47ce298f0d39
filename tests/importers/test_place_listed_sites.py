"""A list item that names a town, then a site in it, before its colon ("Kelso, Bridge
Street: stood in for a Texas town") names the site, the town its region, and the site
is what stood in; a town and its state, or two towns, stay as they were. Every
sentence here is invented for the test."""

import pytest

from .test_place_rules import extract, locations


def regions(post):
    return {
        fact["value"]["name"]: fact["value"]["region"]
        for fact in post.facts
        if fact["kind"] == "location"
    }


def test_a_town_then_its_site_names_the_site():
    post = extract(
        "H: Where they shot it",
        "<ul><li>Kelso, Bridge Street: stood in for a Texas town in 1890</li>"
        "<li>Melrose Abbey: played a Spanish mission</li></ul>",
    )
    assert locations(post) == [
        ("Bridge Street", "a Texas town"),
        ("Melrose Abbey", "a Spanish mission"),
    ]
    assert regions(post)["Bridge Street"] == "Kelso"


@pytest.mark.parametrize(
    "item, expected",
    [
        ("Hershey, Pennsylvania: the factory gates", "Hershey"),  # a state
        ("Kelso, Melrose: the fair", "Kelso"),  # two towns, no site word
        ("Kelso, Bridge Street, for the chase", "Kelso"),  # no colon
    ],
)
def test_other_items_stay_as_they_were(item, expected):
    post = extract("H: Where they shot it", f"<ul><li>{item}</li></ul>")
    assert expected in [name for name, _ in locations(post)]
