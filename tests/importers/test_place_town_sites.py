"""A site named right after its town with "at" or "on" and no article ("shot in Kobe,
at Meriken Park") is the filming place, the town its region; a second town, a street,
a lake or a site after a site leaves the first place as it was. Every sentence here is
invented for the test."""

import pytest

from .test_place_rules import extract, locations


def regions(post):
    return {
        fact["value"]["name"]: fact["value"]["region"]
        for fact in post.facts
        if fact["kind"] == "location"
    }


@pytest.mark.parametrize(
    "sentence, site, town",
    [
        ("The ferry scene was shot in Kobe, at Meriken Park.", "Meriken Park", "Kobe"),
        (
            "The last scenes were really filmed in Dumai, on Pantai Merak, at dusk.",
            "Pantai Merak",
            "Dumai",
        ),
        (
            "The duel was filmed in Valletta, at Fort Saint Angelo, you can see it.",
            "Fort Saint Angelo",
            "Valletta",
        ),
        (
            "The kiss was shot in Brighton, on Palace Pier, in one take.",
            "Palace Pier",
            "Brighton",
        ),
    ],
)
def test_a_site_after_its_town_is_the_place(sentence, site, town):
    post = extract(sentence)
    assert [name for name, _ in locations(post)] == [site]
    assert regions(post)[site] == town


@pytest.mark.parametrize(
    "sentence, place",
    [
        ("It was shot in Kobe, at Sannomiya.", "Kobe"),  # two towns, no site word
        ("It was shot at the Ritz Hotel, on Piccadilly Square.", "Ritz Hotel"),
        ("They filmed in Leith, on Bernard Street.", "Leith"),  # a street
        ("They filmed in Queenstown, on Lake Wakatipu.", "Queenstown"),  # wider
    ],
)
def test_the_first_place_stays_without_a_site_inside_it(sentence, place):
    assert place in [name for name, _ in locations(extract(sentence))]
