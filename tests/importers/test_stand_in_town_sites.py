"""A site named with its town before a stand-in's comma ("at Joyland in Ramsgate,
which is playing Y") is the site that played Y, in its town; a site of two names
joined by "and" stays whole; a verb opening the sentence ("Shot in X's Y, posing as")
or a town narrowed down after a comma is read as before. Every sentence here is
invented for the test."""

import pytest

from .test_place_rules import extract, locations


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        (
            (
                "Tue 4 May. On set at last.",
                "We're at Joyland in Ramsgate, which is playing Atlantic City for the "
                "week.",
            ),
            [("Joyland", "Atlantic City")],
        ),
        (
            (
                "The harbour scenes were filmed in Hull, and at Staithes in Yorkshire, "
                "which doubled for a Breton port.",
            ),
            [("Hull", ""), ("Staithes", "a Breton port")],
        ),
        (
            (
                "Nothing was shot on the Clyde. The yard is Cammell and Laird in "
                "Birkenhead, dressed up as a Glasgow yard.",
            ),
            [("Cammell and Laird", "a Glasgow yard")],
        ),
    ],
)
def test_the_site_before_its_town_played_the_place(sentences, expected):
    found = locations(extract(*sentences))
    for fact in expected:
        assert fact in found


def test_the_town_is_the_sites_region():
    post = extract(
        "We filmed the fair at Joyland in Ramsgate, which is playing Atlantic City."
    )
    regions = {
        fact["value"]["name"]: fact["value"]["region"]
        for fact in post.facts
        if fact["kind"] == "location"
    }
    assert regions.get("Joyland") == "Ramsgate"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A verb opens the sentence: no site before "in".
        (
            "Shot in Hobart's Battery Point, posing as a Maine town.",
            ("Battery Point", "a Maine town"),
        ),
        # A town narrowed down after a comma: the nearer name's.
        (
            "It was filmed in Leeds, in Headingley, which plays Chicago.",
            ("Headingley", "Chicago"),
        ),
    ],
)
def test_no_site_before_the_town_reads_as_before(sentence, expected):
    assert expected in locations(extract(sentence))
