"""The film offered when no rule made it a block (offer_film): one "Possible film:
X (1984)" per post, from a title held to its year in the post's title or its text, a
title named as the film with a year in the same or the next sentence, in any quotes
and kept as written; never a song's title by an act, a remake or a lifespan; never
beside a film block. All titles and sentences are invented."""

import pytest

from .test_discourse import extract

FILLER = "The montage runs just under three minutes and ends on a freeze frame."


def films(post):
    """(title, year) of each film suggestion."""
    return [
        (item["value"]["title"], item["value"]["year"])
        for item in post.suggested
        if item["kind"] == "film"
    ]


# Post titles that hold the film and its year, each in another frame.
TITLES = {
    "Radio diary: „Grauer Hafen“ (1981) and its waltz": ("Grauer Hafen", 1981),
    "Song of the week: Paper Gull (from Lantern Bay Nights, 1993)": (
        "Lantern Bay Nights",
        1993,
    ),
    "Shelf notes #12: 「Kumo no Michi」 (1977), the records": ("Kumo no Michi", 1977),
}


@pytest.mark.parametrize("title", sorted(TITLES))
def test_a_post_title_holding_a_film_and_its_year_is_offered(title):
    post = extract(FILLER, "Nobody I know has seen it twice.", title=title)
    assert films(post) == [TITLES[title]]
    assert not post.film_title


# A title named as the film, its year in the same sentence or the next one.
NAMED = {
    "Mum hummed it for years; it comes from a film called Copper Kettle Lane, 1984.": (
        "Copper Kettle Lane",
        1984,
    ),
    "The tune is from the movie Nine Lamps Over Ostend, which came out in 1991.": (
        "Nine Lamps Over Ostend",
        1991,
    ),
    "I finally saw the film Sommer ohne Fenster from 1974 in a half-empty hall.": (
        "Sommer ohne Fenster",
        1974,
    ),
}


# A title in italics or quotes with its year close by.
QUOTED = {
    "Half the village turned up when <em>Marsh Light Parade</em> (1969) was shot on"
    " the green.": ("Marsh Light Parade", 1969),
    "My uncle whistles the tune from “Ink on the Jetty” (1988) whenever the kettle"
    " boils.": ("Ink on the Jetty", 1988),
    "Her song from «Corvo di Sabbia» (1966) is still on the jukebox at the bar.": (
        "Corvo di Sabbia",
        1966,
    ),
}


# A year given by a release right after the title, by the film's kind after its
# year, or by the next sentence.
GIVEN = {
    "Lanternfish Avenue came out in 1983 and vanished within a month.": (
        "Lanternfish Avenue",
        1983,
    ),
    "If you have never seen Paper Tiger Rally, it's from 1990 and worth a wet"
    " evening.": ("Paper Tiger Rally", 1990),
    "I was eleven when I first saw <em>Tin Roof Regatta</em> on a borrowed tape. The"
    " film is from 1987, and it shows.": ("Tin Roof Regatta", 1987),
}


@pytest.mark.parametrize("text", sorted(GIVEN))
def test_a_year_given_by_a_release_or_the_next_sentence_is_offered(text):
    post = extract(FILLER, text, title="Odds and ends from the week")
    assert films(post) == [GIVEN[text]]
    assert not post.film_title


# The post titles the text's cues are read under.
UNDER = {"named": "What I heard on the radio this week", "quoted": "A small memory"}


@pytest.mark.parametrize(
    ("text", "under"),
    [(text, "named") for text in sorted(NAMED)]
    + [(text, "quoted") for text in sorted(QUOTED)],
)
def test_a_title_with_its_year_and_a_film_cue_is_offered(text, under):
    post = extract(FILLER, text, title=UNDER[under])
    assert films(post) == [{**NAMED, **QUOTED}[text]]
    assert not post.film_title


@pytest.mark.parametrize(
    "text",
    [
        # a song by an act, with the year of the record
        "The encore was “Bright Oars” by Tally Fenwick (2001), which nobody requested.",
        # a lifespan, not a film
        "We said goodbye to Orla Penhaligon, 1931 to 2019, last spring.",
        # a sentence's own words before a year, and a record's year
        "We shook hands, in 1994, at a trade fair in Bruges.",
        "Meanwhile, the 1984 parent album was reissued on pink vinyl.",
        # a remake of the film, not the film
        "Skip “Glass Harbour” (2012), the remake, which cut the montage entirely.",
    ],
)
def test_a_song_a_lifespan_or_a_remake_is_not_offered(text):
    post = extract(FILLER, text, title="Odds and ends from the week")
    assert films(post) == []


def test_one_film_is_offered_per_post():
    post = extract(
        "Her song from “Corvo di Sabbia” (1966) is still on the jukebox.",
        "The tune is from the movie Nine Lamps Over Ostend, which came out in 1991.",
        title="A small memory from the old cinema",
    )
    assert len(films(post)) == 1


def test_no_other_film_is_offered_beside_a_film_block():
    post = extract(
        "The theme of <i>Harrow Fen</i> (1979) is the one everybody hums.",
        "Her song from “Corvo di Sabbia” (1966) is on the jukebox as well.",
        title="Harrow Fen (1979): the marsh montage",
    )
    assert (post.film_title, post.film_year) == ("Harrow Fen", 1979)
    assert films(post) == []
