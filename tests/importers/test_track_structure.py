"""A song the page's structure announces: a heading that says the next lines are the
song ("The song", "What's playing", "The tune") over a paragraph that opens with the
title alone ("“X.” A wrote it.", "<i>X</i>. A sings it.", "“X” is the one."), and a
title that opens a sentence saying it is the song ("“X” is the song."). A heading
over a paragraph about something else, or a title that is not alone, is no song.
Each sentence is our own."""

import pytest

from wagtail_montage.importers.extraction import extract_facts
from wagtail_montage.importers.types import ParsedPost

from .test_discourse import extract, facts

FILM = "The dance montage in <i>Pier Nights</i> (1990) is set in Lisbon."


def under_heading(heading, *paragraphs):
    body = [("paragraph", f"<p>{FILM}</p>"), ("heading", {"text": heading})]
    body += [
        ("paragraph", text if text.startswith("<ul>") else f"<p>{text}</p>")
        for text in paragraphs
    ]
    post = ParsedPost(source="test", key="test", title="A post", body=body)
    extract_facts(post)
    return post


def titles(post):
    return [value["title"] for value in facts(post, "track")]


@pytest.mark.parametrize(
    ("heading", "paragraph", "performer"),
    [
        ("The song", "“Tin Lantern.” Ada Roe wrote it in a week.", ""),
        ("What's playing", "<i>Tin Lantern</i>. Ada Roe sings it.", "Ada Roe"),
        ("The tune", "“Tin Lantern” is the one. It's still on my phone.", ""),
    ],
)
def test_a_title_alone_under_a_song_heading_is_the_track(heading, paragraph, performer):
    post = under_heading(heading, paragraph)
    assert titles(post) == ["Tin Lantern"]
    if performer:
        assert facts(post, "track")[0]["performers"] == [performer]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Nobody hums it, but the drummer is Ada Roe and she is great.",
        "“Tin Lantern,” my neighbour shouted, and I still do not know why.",
        "<i>Pier Nights</i>. I saw it twice in one week.",
    ],
)
def test_a_song_heading_over_something_else_is_no_track(paragraph):
    assert titles(under_heading("The song", paragraph)) == []


def test_a_title_alone_under_another_heading_is_no_track():
    assert titles(under_heading("Where it was shot", "“Tin Lantern.” Odd name.")) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "“Tin Lantern” is the song.",
        "<i>Tin Lantern</i> was the tune over the montage.",
        "“Tin Lantern” is the track behind it!",
    ],
)
def test_a_title_said_to_be_the_song_is_the_track(sentence):
    assert titles(extract(FILM, sentence)) == ["Tin Lantern"]


@pytest.mark.parametrize(
    "sentence",
    [
        "“Tin Lantern” is the song I sang at my cousin's wedding.",
        "“Tin Lantern” is the song. It isn't in the film, though.",
    ],
)
def test_a_title_said_to_be_some_other_song_is_no_track(sentence):
    assert titles(extract(FILM, sentence)) == []


def test_a_tally_of_songs_under_a_song_heading_is_no_track():
    post = under_heading(
        "The songs",
        "<ul><li>Tin Lantern: 40 plays</li><li>Salt Road: 12 plays</li></ul>",
    )
    assert titles(post) == []
