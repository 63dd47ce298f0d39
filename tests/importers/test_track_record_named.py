"""False blocks: a quoted title the post gives as a record a song is on, not the
song (track_record_named). A record's word in the title's clause before it ("the LP
it came out on, A's “X”"), a shop's word after it ("A's “X” in the racks"), or
"pressed one" after a sentence naming an album, with no word of a song in the
sentence: the track block becomes a suggestion with the same value, and the album
is offered beside it."""

import pytest

from .test_discourse import extract, titles

INTRO = "The rooftop chase runs on “Copper Kettle” by the Marrow Lanes."


def suggested(post, kind):
    return [
        item["value"]["title"]
        for item in post.suggested
        if item["kind"] == kind and item["value"] is not None
    ]


RECORD_NAMED = [
    # a record's word before the title, in its clause
    (
        "The album it sits on, Juno Beck's “Tin Harbour”, is out of print.",
        "Tin Harbour",
    ),
    ("Their second LP, Pia Moss's “Low Ceiling”, followed in 1991.", "Low Ceiling"),
    ("My favourite long-player remains Orla Finch's “Salt Ledger”.", "Salt Ledger"),
    # a shop's word after the title
    (
        "Every week somebody asks for Juno Beck's “Tin Harbour” in the racks.",
        "Tin Harbour",
    ),
    ("We can never keep Pia Moss's “Low Ceiling” in stock for long.", "Low Ceiling"),
    (
        "Nobody keeps Orla Finch's “Salt Ledger” on the shelves for a week.",
        "Salt Ledger",
    ),
    # "one" after a sentence naming an album
    (
        "Nobody wanted a cast album. A small label put out one regardless, called"
        " “Gull Weather”, which climbed to No. 9 on the Dutch Top 40.",
        "Gull Weather",
    ),
    (
        "The band had no album deal. Then Hollow Reed Records issued one, named"
        " “Brick Tide”, and by June it was at No. 14 on the Billboard 200.",
        "Brick Tide",
    ),
    (
        "There was never meant to be an album. Somebody pressed one anyway, titled"
        " “Chalk Road”, and it got to number 30 in Sweden.",
        "Chalk Road",
    ),
]


@pytest.mark.parametrize(("sentence", "title"), RECORD_NAMED)
def test_a_title_given_as_a_record_is_only_offered(sentence, title):
    post = extract(INTRO, sentence)
    assert title not in titles(post)  # no block
    assert title in suggested(post, "track")  # the editor may still take the song
    assert title in suggested(post, "album")  # or the record
    assert "Copper Kettle" in titles(post)


TRAPS = [
    # a song's word in the sentence: the title is the song
    (
        "“Copper Kettle” is on Pia Moss's “Low Ceiling” too, a song she wrote.",
        "Low Ceiling",
    ),
    # the album is named after the title: the title before it is the song
    (
        "Pia Moss's “Low Ceiling” plays in the rain, from her album “Grey Tin”.",
        "Low Ceiling",
    ),
    # the record holds the title: a song on it
    ("The LP also includes Pia Moss's “Low Ceiling” on side two.", "Low Ceiling"),
    # the album word is another title's
    ("The album, “Grey Tin”, also gave us Pia Moss's “Low Ceiling”.", "Low Ceiling"),
]


@pytest.mark.parametrize(("sentence", "title"), TRAPS)
def test_a_song_near_a_record_word_stays_a_block(sentence, title):
    post = extract(INTRO, sentence)
    assert title in titles(post)
    assert title not in suggested(post, "track")
