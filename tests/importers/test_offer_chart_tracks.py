"""Chart peaks of a record only a suggestion holds (offer_chart_tracks): the chart
reader runs again once the track offers are made, so a song the rules made no block
of still gets its peak offered when the sentence names it or it is the record named
last. Never a certification so ("it became gold"), never a block; and a chart
offer's subject does not keep the record's own track offer away (offer_tracks)."""

import pytest

from .test_discourse import extract, peaks
from .test_offer_charts import offered

# A song that only a track suggestion holds: no block is made of it.
SONG = "Lodowy Most"
INTRO = (
    f"The skating scene has under it the song „{SONG}“ by the band Szron from Gdynia."
)

# Three frames, each with its position and chart: a place, a number, a list's row.
FRAMES = [
    ("By May it was on place 2 in the Radiokanal Hitlista.", 2, "Radiokanal Hitlista"),
    (
        "It went to number 6 on the Billboard Hot 100 in the spring.",
        6,
        "billboard_hot_100",
    ),
    (f"<ul><li>“{SONG}” – Radiokanal Hitlista: 3</li></ul>", 3, "Radiokanal Hitlista"),
]


@pytest.mark.parametrize(("text", "number", "chart"), FRAMES)
def test_a_suggested_songs_peak_is_offered(text, number, chart):
    found = extract(INTRO, text)
    assert not peaks(found)
    assert (SONG, number, chart) in offered(found)


def test_another_paragraph_frame():
    post = extract(
        "In the kitchen scene the radio plays „Nocny Prom“, sung by Ala Wierzba.",
        "In the Radio Zatoka Top 20 it arrived to place 5, my brother has the cutting.",
    )
    assert ("Nocny Prom", 5, "Radio Zatoka Top 20") in offered(post)


# No offer: a figure of days, a level, a record the clause sets apart.
TRAPS = (
    "The premiere took place 3 weeks later in Sopot.",
    "Much later, in 2004, it became gold, the label says.",
    "Their next single „Biały Żagiel“ got to place 4 in the Radiokanal Hitlista.",
)


def test_traps_are_not_offered():
    assert not [text for text in TRAPS if offered(extract(INTRO, text))]


def test_the_offer_is_a_suggestion_not_a_block():
    post = extract(INTRO, "By May it was on place 2 in the Radiokanal Hitlista.")
    assert not peaks(post)
    assert any(
        "Possible chart peak of “Lodowy Most”" in line for line in post.suggestions
    )
    assert any(
        line.startswith("Possible track “Lodowy Most”") for line in post.suggestions
    )


def test_a_chart_offer_keeps_the_track_offer():
    post = extract(
        "He composed the whole score and the main song, Brezza di Maggio, with words"
        " by Nella Ruffo.",
        "The 45 of Brezza di Maggio climbed as far as the 4th position of the Hit Parade Italia.",
    )
    assert ("Brezza di Maggio", 4, "Hit Parade Italia") in offered(post)
    tracks = [
        item["value"]["title"] for item in post.suggested if item["kind"] == "track"
    ]
    assert "Brezza di Maggio" in tracks
