"""A list of songs the sentence before it offers as the writer's picks ("Here are
eight we've loved this year", "A few songs to try:") makes no tracks of the film; a
list the sentence before it presents as the film's keeps its tracks."""

import pytest

from wagtail_montage.importers.extraction import extract_facts
from wagtail_montage.importers.types import ParsedPost

from .test_discourse import extract, titles

FILM = "In <i>Pear Season</i> (1994) the orchard montage plays “Windfall Road” by Tessa Vane."


def listed(*items):
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


ITEMS = ("“Copper Kettle” by the Dunmores", "“Slow Ferry” by Ida Marsh")


@pytest.mark.parametrize(
    "lead",
    [
        "Here are eight we've loved at receptions this year, with a note on each.",
        "A few songs to try if the hall is small:",
        "If you liked that one, you'll like these too:",
    ],
)
def test_picks_list_makes_no_tracks(lead):
    post = extract(FILM, lead, listed(*ITEMS))
    assert "Copper Kettle" not in titles(post)
    assert "Slow Ferry" not in titles(post)
    assert "Windfall Road" in titles(post)


def test_film_list_keeps_its_tracks():
    post = extract(FILM, "The songs you hear in the film, in order:", listed(*ITEMS))
    assert {"Copper Kettle", "Slow Ferry"} <= set(titles(post))


def test_pick_with_a_section_of_its_own_stays():
    body = [
        ("paragraph", "<p>Here are the five we've loved this winter:</p>"),
        ("paragraph", listed(*ITEMS)),
        ("heading", {"level": 2, "text": "Slow Ferry"}),
        ("paragraph", "<p>The ferry montage in <i>Pear Season</i> uses it.</p>"),
    ]
    post = ParsedPost(source="test", key="test", title="A post", body=body)
    extract_facts(post)
    assert "Slow Ferry" in titles(post)
    assert "Copper Kettle" not in titles(post)
