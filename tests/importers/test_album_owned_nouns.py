"""An album named by the noun set beside its title in more words: whose record and
which ("“X”, the band's second LP", "Ada Moon's one and only album, <i>X</i>",
"recorded it for their debut, <i>X</i>"), a titled film's soundtrack with words
before "soundtrack", a set "called" so; not a single or a track of an album, nor
"Their debut, X" with no preposition before it. Each sentence is our own."""

from .test_discourse import facts, titles
from .test_track_entries import read

OPENING = "The pier montage in <i>Gull Point</i> (1983) is set to “Tin Roof Blues”."


def albums(post):
    return [value["title"] for value in facts(post, "album")]


def test_records_named_beside_their_titles():
    post = read(OPENING, "The song opens side two of “Low Tide”, the band's second LP.")
    assert albums(post) == ["Low Tide"]
    post = read(
        OPENING, "It turned up on Ada Moon's one and only album, <i>Salt Road</i>."
    )
    assert albums(post) == ["Salt Road"]
    post = read(OPENING, "The Terns recorded it for their debut, <i>Harbour Wall</i>.")
    assert albums(post) == ["Harbour Wall"]


def test_a_soundtrack_with_words_before_it_and_a_set_called_so():
    post = read(
        "<i>Pier Songs</i>, the double-LP deluxe soundtrack to <i>Gull Point</i>, "
        "arrived today."
    )
    assert albums(post) == ["Pier Songs"]
    post = read(OPENING, "The box set is called <i>Night Tides</i>, and it is heavy.")
    assert albums(post) == ["Night Tides"]


def test_a_single_or_an_album_track_is_no_album():
    post = read(OPENING, "“Low Tide”, the band's second single, did better.")
    assert albums(post) == []
    post = read(OPENING, "“Low Tide”, the band's best album track, closes the film.")
    assert albums(post) == []
    post = read(OPENING, "Their debut, “Low Tide”, was a single that went nowhere.")
    assert albums(post) == []
    assert "Tin Roof Blues" in titles(post)


def test_a_member_speaking_of_our_album():
    post = read(OPENING, "It's on <i>Salt Road</i>, our second album, which sank.")
    assert albums(post) == ["Salt Road"]
    post = read(OPENING, "“Low Tide”, our second single, did better.")
    assert albums(post) == []
