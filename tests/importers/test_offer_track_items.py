"""The broad reader of titles opening an entry (offer_track_items): a list item under
a heading of songs or with a song's label, and a heading that is a name alone whose
first line defines a piece of music, are offered as possible tracks, never made
blocks; not another label's entry, a word said, a section's heading over prose.
Each sentence is our own."""

import pytest

from wagtail_montage.importers.extraction import extract_facts
from wagtail_montage.importers.types import ParsedPost

from .test_discourse import titles
from .test_offer_tracks import FILM, offered


def read(*blocks):
    """A post: "# X" is a heading, "- X" a list's item, the rest paragraphs."""
    body = [("paragraph", f"<p>{FILM}</p>")]
    for block in blocks:
        if block.startswith("# "):
            body.append(("heading", {"text": block[2:], "level": 3}))
        elif block.startswith("- "):
            body.append(("paragraph", f"<ul><li>{block[2:]}</li></ul>"))
        else:
            body.append(("paragraph", f"<p>{block}</p>"))
    post = ParsedPost(source="test", key="test", title="A post", body=body)
    extract_facts(post)
    return post


@pytest.mark.parametrize(
    "blocks, title",
    [
        # an item under a heading of songs
        (("# Tracklisting", "- C2. Gravel Lullaby \u2014 The Kettle Boys"), "Gravel Lullaby"),
        (("# The songs, best first", "- Porch Swing Polka, about forty plays"), "Porch Swing Polka"),
        (("# Side two", "- 4. Marram Grass Waltz (instrumental)"), "Marram Grass Waltz"),
        # an item with a song's label
        (("# The single", "- B-side: Tin Whistle Rain"), "Tin Whistle Rain"),
        (("# What I found", "- Track 3: Lantern Hill Reel"), "Lantern Hill Reel"),
        (("# The record", "- A-side \u2014 Copper Kettle Morning"), "Copper Kettle Morning"),
    ],
)  # fmt: skip
def test_an_item_of_a_list_of_songs_is_offered(blocks, title):
    assert title in offered(read(*blocks))


@pytest.mark.parametrize(
    "entry, line",
    [
        ("Ferry Bell Blues", "A slow blues, played by the house band as the boat leaves."),
        ("Sawdust Galop", "The film's second theme, composed for the circus scenes."),
        ("Moth Light", "A wordless cue heard under the night walk, and nowhere else."),
    ],
)  # fmt: skip
def test_a_glossary_entry_defining_music_is_offered(entry, line):
    assert entry in offered(read(f"# {entry}", line))


TRAPS = (
    ("# Tracklisting", "- Artist: The Kettle Boys"),
    ("# The songs", "- Yes, twice."),
    ("# Afterwards", "The song went on to the radio and did well."),
    ("# Getting there", "- Kite Hill Car Park, about three miles"),
    ("# The songs", "- Mabel's Kite Song, forty plays"),
)


def test_no_offer():
    assert {blocks: offered(read(*blocks)) for blocks in TRAPS} == dict.fromkeys(
        TRAPS, []
    )


def test_the_offer_is_a_suggestion_not_a_block():
    post = read("# Tracklisting", "- C2. Gravel Lullaby \u2014 The Kettle Boys")
    assert titles(post) == []
    item = next(item for item in post.suggested if item["kind"] == "track")
    assert item["value"]["title"] == "Gravel Lullaby"
    assert item["message"] == "Possible track “Gravel Lullaby”"
