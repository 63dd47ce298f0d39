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


MORE = ("“Tin Lantern” by Odile Marsh", "“Brick Harbour” by the Penwards")


def _picks_then(heading, *more, lead="Here are the five we've loved this winter:"):
    body = [
        ("paragraph", f"<p>{lead}</p>"),
        ("paragraph", listed(*ITEMS)),
        ("paragraph", "<p>In <i>Pear Season</i> the montage uses “Windfall Road”.</p>"),
        ("heading", {"level": 2, "text": heading}),
        ("paragraph", listed(*more)),
    ]
    post = ParsedPost(source="test", key="test", title="A post", body=body)
    extract_facts(post)
    return titles(post)


@pytest.mark.parametrize(
    "heading", ["The other four", "The remaining picks", "A few more"]
)
def test_a_later_list_going_on_with_the_picks_is_picks_too(heading):
    found = _picks_then(heading, *MORE)
    assert "Tin Lantern" not in found
    assert "Brick Harbour" not in found
    assert "Windfall Road" in found


def test_a_later_list_under_its_own_heading_keeps_its_tracks():
    found = _picks_then("Songs in the film", *MORE)
    assert {"Tin Lantern", "Brick Harbour"} <= set(found)


def test_the_other_songs_with_no_picks_before_keep_their_tracks():
    found = _picks_then(
        "The other four", *MORE, lead="The songs you hear in the film, in order:"
    )
    assert {"Tin Lantern", "Brick Harbour"} <= set(found)
