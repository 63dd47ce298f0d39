"""A song the page's structure announces: a heading that says the next lines are the
song ("The song", "What's playing", "The tune") over a paragraph that opens with the
title alone ("“X.” A wrote it.", "<i>X</i>. A sings it.", "“X” is the one."), and a
title that opens a sentence saying it is the song ("“X” is the song."). A heading
over a paragraph about something else, or a title that is not alone, is no song.
Each sentence is our own."""

import pytest

from wagtail_montage.importers.extraction import extract_facts
from wagtail_montage.importers.types import ParsedPost

from .test_discourse import extract, facts, titles

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


@pytest.mark.parametrize(
    "paragraph",
    [
        "Every request slip says <i>Tin Lantern</i>. Ada Roe sang it.",
        "My sister only ever hums “Tin Lantern” in the car. Ada Roe wrote it.",
        "It has to be <i>Tin Lantern</i>, sung by Ada Roe, doesn't it?",
    ],
)
def test_the_one_title_opening_the_paragraph_under_a_song_heading_is_the_track(
    paragraph,
):
    assert titles(under_heading("The song", paragraph)) == ["Tin Lantern"]


def test_two_titles_opening_the_paragraph_under_a_song_heading_are_not_taken():
    post = under_heading(
        "The song", "It is not <i>Gull Point</i> nor <i>Ferry Row</i>."
    )
    assert titles(post) == []


@pytest.mark.parametrize(
    "items",
    [
        ["“Tin Lantern”: by Ada Roe", "“Salt Road”: Ben Ode on guitar"],
        ["“Tin Lantern”, written by Ada Roe", "“Salt Road”, sung by Ben Ode"],
        ["“Tin Lantern” (Ada Roe)", "“Salt Road” – Ben Ode's own tune"],
    ],
)
def test_each_item_of_the_list_under_a_song_heading_is_a_track(items):
    listed = "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"
    assert titles(under_heading("Tunes", listed)) == ["Tin Lantern", "Salt Road"]


def test_a_list_under_another_heading_is_not_taken_for_tracks():
    listed = "<ul><li>“Tin Lantern”: 40 plays</li><li>“Salt Road”: 12 plays</li></ul>"
    assert titles(under_heading("The tally", listed)) == []


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("The montage runs on a song called “Sidebar.”", "Sidebar"),
        ("Under it is a tune titled “Undertow.” It is lovely.", "Undertow"),
        ("Ada Roe put out a single named “Ricochet.” It is in the film.", "Ricochet"),
    ],
)
def test_a_one_word_title_with_the_full_stop_inside_its_quotes(sentence, title):
    assert titles(extract(FILM, sentence)) == [title]


@pytest.mark.parametrize(
    "sentence",
    [
        "Over the montage Ada Roe just says “Stop.” Then the music starts.",
        "My father called it “Rubbish.” He was wrong.",
    ],
)
def test_a_word_said_with_its_full_stop_is_no_title(sentence):
    assert titles(extract(FILM, sentence)) == []


@pytest.mark.parametrize(
    ("paragraphs", "title"),
    [
        (
            ["Dad hummed it daily. <i>Pier Nights</i>.", "It's the title song."],
            "Pier Nights",
        ),
        (
            ["“Tin Lantern.” That's the montage song, and Ada Roe sang it."],
            "Tin Lantern",
        ),
        (["<i>Tin Lantern</i>. It was the theme, by Ada Roe."], "Tin Lantern"),
    ],
)
def test_a_title_alone_the_next_sentence_calls_the_song_is_the_track(paragraphs, title):
    assert titles(extract(FILM, *paragraphs)) == [title]


@pytest.mark.parametrize(
    "paragraph",
    [
        "<i>Pier Nights</i>. It's the song I like least.",
        "“Tin Lantern.” It's the theme of another film.",
    ],
)
def test_a_title_alone_called_some_other_song_is_no_track(paragraph):
    assert titles(extract(FILM, paragraph)) == []
