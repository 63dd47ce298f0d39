"""The broad reader of tracks (offer_tracks): a quoted title no rule made a block of,
with a song word near it, under a heading of songs, or called so after a sentence
about songs, is offered as a possible track, never made a block; not a film, a
script's line, a song the post keeps out of the film. Each sentence is our own."""

import pytest

from wagtail_montage.importers.extraction import extract_facts
from wagtail_montage.importers.types import ParsedPost

from .test_discourse import extract, titles

FILM = "I rewatched <i>Gull Point</i> (1983) last night."


def offered(post):
    """The titles the post's track suggestions of the broad reader would make."""
    return [
        item["value"]["title"]
        for item in post.suggested
        if item["kind"] == "track" and item["message"].startswith("Possible track")
    ]


@pytest.mark.parametrize(
    "said",
    [
        "Somebody whistles “Wren at the Window” under the second reel.",
        "The lighthouse cue, “Lamp Room Nocturne”, is barely a minute long.",
        "B8 on the café's jukebox is “Two Shillings of Sun”.",
        "The skipper's slow number, “Brass Buttons”, and then we all had to dance.",
        "The bandstand scene has Olly Brant fiddling “The Ferryman's Jig”, a tune"
        " nobody wrote down.",
        "The main title, “Harbour Gulls (Opening)”, is what customers hum.",
    ],
)
def test_a_quoted_title_near_a_song_word(said):
    post = extract(FILM, said)
    title = said.split("“")[1].split("”")[0]
    assert title in offered(post)
    assert title not in titles(post)


def _post_with_heading(heading, *paragraphs):
    body = [("paragraph", f"<p>{FILM}</p>"), ("heading", {"text": heading})]
    body += [("paragraph", f"<p>{text}</p>") for text in paragraphs]
    post = ParsedPost(source="test", key="test", title="A post", body=body)
    extract_facts(post)
    return post


@pytest.mark.parametrize(
    "heading, said",
    [
        ("The songs", "“Brine and Biscuits” came from a trio of sisters in Fowey."),
        ("Tracklist", "“Cormorant Waltz” is the oldest thing on it, from 1961."),
        ("About the music", "“Net Loft Stomp” belongs to the Pendeen Four."),
    ],
)
def test_a_title_opening_a_sentence_under_a_heading_of_songs(heading, said):
    post = _post_with_heading(heading, said)
    title = said.split("“")[1].split("”")[0]
    assert offered(post) == [title]
    assert titles(post) == []


@pytest.mark.parametrize(
    "before, said",
    [
        ("That winter I wrote songs on my aunt's organ.", "One was called “Hob Nob”."),
        (
            "Her band had four tunes worth a penny.",
            "The best of them was titled “Mizzle”.",
        ),
        (
            "By the summer the duo had a dozen songs.",
            "The last, named “Gannet Dive”, went to the director.",
        ),
    ],
)
def test_a_title_called_so_after_a_sentence_about_songs(before, said):
    post = extract(FILM, f"{before} {said}")
    title = said.split("“")[1].split("”")[0]
    assert offered(post) == [title]
    assert titles(post) == []


@pytest.mark.parametrize(
    "said",
    [
        # a film the song is from, and a film called so
        "The slow ballad from “Harbour Mist” was everywhere that spring.",
        "The film is “Tidewrack”, and the song is about a lost ring.",
        # a song kept out of the film, or the writer's own
        "The song “Salt Kisses” isn't in the film, whatever the sleeve says.",
        "My own band used to close with a song called “Quayside Quickstep”.",
        # words said, a script's line, a translation
        "He heard it and said, “That's the one we want”.",
        "The sequence is one line in the script: “THEY ROW. WEEKS PASS.”",
        "The subtitles render the chorus as “Low Water Again”.",
        # a ship, a chart, a nickname
        "The band played on the deck of the trawler “Dawn Treader” all week.",
        "The single reached No. 9 in “Billboard” that May.",
        "Their drummer, Joe “Sticks” Harlow, played on every track.",
    ],
)
def test_no_offer(said):
    post = extract(FILM, said)
    assert [title for title in offered(post) if title != "Gull Point"] == []


def test_the_offer_is_a_suggestion_not_a_block():
    post = extract(FILM, "The second tune on the pier is “Rockpool Rag”.")
    assert "Rockpool Rag" in offered(post)
    assert "Rockpool Rag" not in titles(post)
    assert not any(
        kind == "track" and value["title"] == "Rockpool Rag"
        for kind, value in post.body
        if isinstance(value, dict) and "title" in value
    )
    assert any(
        line.startswith("Possible track “Rockpool Rag”") for line in post.suggestions
    )


def test_a_title_a_block_holds_is_not_offered_again():
    post = extract(FILM, "The tune was “Kettle on the Hob”, and the pier hummed it.")
    assert "Kettle on the Hob" in titles(post)
    assert "Kettle on the Hob" not in offered(post)


# -- An offer a later block holds is taken back; a song kept out is only a note ---


@pytest.mark.parametrize(
    "first, second",
    [
        (
            "“Quay Lights”, Nora Vance singing a Sid Moor song.",
            "“Quay Lights” plays as they dance.",
        ),
        (
            "“Glass Kettle”, over the opening drive, is Maud Perrin singing a Tom Ives"
            " song.",
            "Later “Glass Kettle” is sung by Maud Perrin over the storm.",
        ),
        (
            "Then comes “Tin Lantern”, a Rosa Bell and Ned Hale song.",
            "The film ends on “Tin Lantern”, written by Rosa Bell.",
        ),
    ],
)
def test_an_offer_a_later_block_holds_is_taken_back(first, second):
    post = extract(FILM, first, second)
    title = first.split("“")[1].split("”")[0]
    assert title in titles(post)
    assert title not in offered(post)
    assert not [line for line in post.suggestions if "Possible track" in line]


@pytest.mark.parametrize(
    "said",
    [
        "Their other single, “Paper Gull”, isn't in the film at all.",
        "The B-side, “Paper Gull”, is nowhere in the movie.",
        "Dunn's follow-up, “Paper Gull”, has nothing to do with the film.",
    ],
)
def test_a_song_kept_out_of_the_film_is_a_note_not_an_offer(said):
    post = extract(FILM, "“Low Gate” by Ada Moss plays over the titles.", said)
    assert titles(post) == ["Low Gate"]
    notes = [item for item in post.suggested if "Paper Gull" in item["message"]]
    assert notes and all(item["value"] is None for item in notes)
    assert all(item["kind"] == "" for item in notes)


@pytest.mark.parametrize(
    "said",
    [
        "“Paper Gull” plays as the boat leaves.",
        "The jukebox song is “Paper Gull”.",
    ],
)
def test_a_song_in_the_film_is_no_note(said):
    post = extract(FILM, said)
    assert not [line for line in post.suggestions if "not in the film" in line]
