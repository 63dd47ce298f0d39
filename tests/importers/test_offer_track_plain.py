"""The broad reader of unquoted titles (offer_track_plain): a capitalised run in a
song's slot (a song noun and a copula, a song noun in apposition, a verb of singing,
a verb of playing with music named, "that was X" after a word of music) is offered
as a possible track, never made a block; not a place a film plays, two people's
names, a possessive, the film. Each sentence is our own."""

import pytest

from .test_discourse import extract, titles
from .test_offer_tracks import FILM, offered


@pytest.mark.parametrize(
    "said, title",
    [
        # a song noun and a copula
        ("The song's Kettle Drum Morning, by the Lamps.", "Kettle Drum Morning"),
        ("That tune there was Pier Lights Waltz.", "Pier Lights Waltz"),
        ("The ballad on the boat is called Kettles for Kit.", "Kettles for Kit"),
        # a song noun in apposition
        ("The other number, Fado do Carril, is the tram one.", "Fado do Carril"),
        ("Then they did the other number, Rua da Lua, at the pier.", "Rua da Lua"),
        ("Then the duet, Moon Over Tallow, which they do on the roof.", "Moon Over Tallow"),
        ("The reel there, Cnoc na Gaoithe, is lovely.", "Cnoc na Gaoithe"),
        # a verb of singing
        ("Then the whole hall sings Orbit Me Gently and the lights go down.", "Orbit Me Gently"),
        ("She was humming Sunday Pier when the phone rang.", "Sunday Pier"),
        ("Nobody whistled Copper Gate Stomp on the bus like Gran.", "Copper Gate Stomp"),
        # a verb of playing, music named in the sentence
        ("The band plays Harbour Swing, and Pa dances.", "Harbour Swing"),
        ("The jukebox played Tin Hat Rumba over and over.", "Tin Hat Rumba"),
        ("Our DJ spun Lemon Kite Boogie at midnight.", "Lemon Kite Boogie"),
        # "that was X" after a word of music
        ("The radio was on all night. And that was Harbour Kettle Blues, nearly.", "Harbour Kettle Blues"),
        ("We asked the DJ for the song. It was Sunday Kettle, by the Lamps.", "Sunday Kettle"),
        ("Then the choir came in: that's Winter Moth Carol, I think.", "Winter Moth Carol"),
    ],
)  # fmt: skip
def test_an_unquoted_title_in_a_songs_slot_is_offered(said, title):
    post = extract(FILM, said)
    assert title in offered(post)


# Traps: a place a film plays, an actor's part, two names, a place, a possessive.
TRAPS = (
    "The montage was shot in Leeds, which plays Montana, and the song is fine.",
    "Maud Perrin plays Ada Moss, the widow.",
    "The band was great: that's Sandy Ross and Tam Bell on guitars.",
    "That was Paris, and we loved it.",
    "She sings Ada Moon's songs in the bath.",
    "The song is lovely; Leeds plays Ohio Valley Road in it.",
    "She wrote it for her group, The Humming Bailiffs, and it fitted.",
)


def test_no_offer():
    assert {said: offered(extract(FILM, said)) for said in TRAPS} == dict.fromkeys(
        TRAPS, []
    )


def test_the_offer_is_a_suggestion_not_a_block():
    post = extract(FILM, "The band plays Harbour Swing, and Pa dances.")
    assert titles(post) == []
    item = next(item for item in post.suggested if item["kind"] == "track")
    assert item["value"]["title"] == "Harbour Swing"
    assert item["message"] == "Possible track “Harbour Swing”"


def test_a_title_a_block_holds_is_not_offered_again():
    post = extract(
        FILM,
        "“Harbour Swing” by the Lamps plays over the titles.",
        "The band plays Harbour Swing, and Pa dances.",
    )
    assert titles(post) == ["Harbour Swing"]
    assert offered(post) == []
