"""A film block its own soundtrack album contradicts is demoted (film_soundtrack_names):
the block's title and the album's film are both offered with the block's year, and
the editor accepts one. An album naming the same film, a short form of it, or two
soundtracks of different names leave the block alone. All titles and sentences are
invented."""

import pytest

from .test_discourse import extract
from .test_offer_film import films


def film_facts(post):
    return [fact for fact in post.facts if fact["kind"] == "film"]


# The album's words after a colon or a dash: "X: Original Motion Picture Soundtrack".
SEPARATED = [
    (
        "Remembering Copper Lantern (1988)",
        "The album, “Blue Orchard: Original Motion Picture Soundtrack”, reached "
        "No. 9 on the Billboard 200.",
        ("Remembering Copper Lantern", "Blue Orchard", 1988),
    ),
    (
        "Notes on Velvet Kiln (2003)",
        "The LP “Harrow Bend — Original Score” sold poorly at first and later "
        "peaked at number 30 on the UK Albums Chart.",
        ("Notes on Velvet Kiln", "Harrow Bend", 2003),
    ),
    (
        "Sundial Parade (1969), forty years on",
        "Its companion record “Marble Stairs - Songs from the Movie” was certified "
        "gold by the RIAA in 1970.",
        ("Sundial Parade", "Marble Stairs", 1969),
    ),
]

# The album's words in brackets at its end: "X (Music from the Film)".
BRACKETED = [
    (
        "Tin Roof Serenade (1974): a look back",
        "Its record, “Gravel Moon (Music from the Film)”, went gold in Canada.",
        ("Tin Roof Serenade", "Gravel Moon", 1974),
    ),
    (
        "Why I still love Ember Fields (1992)",
        "The album “Quarry Lights (Original Soundtrack)” peaked at No. 12 on the "
        "Billboard 200.",
        ("Ember Fields", "Quarry Lights", 1992),
    ),
    (
        "Ferris Wheel Autumn (1985) and me",
        "I bought “Pelican Dock (Music from the Motion Picture)” on cassette, "
        "and it reached number 7 on the Australian albums chart.",
        ("Ferris Wheel Autumn", "Pelican Dock", 1985),
    ),
]


@pytest.mark.parametrize("title, text, expected", SEPARATED + BRACKETED)
def test_a_film_block_its_soundtrack_contradicts_becomes_two_offers(
    title, text, expected
):
    post = extract(text, title=title)
    block_title, album_film, year = expected
    offered = films(post)
    assert (album_film, year) in offered
    assert any(year == found and block_title in name for name, found in offered)
    assert len(offered) == 2


def test_the_demoted_film_is_a_suggestion_and_not_a_block():
    title, text, _expected = SEPARATED[0]
    post = extract(text, title=title)
    assert not post.film_title
    assert not film_facts(post)
    assert all(item["kind"] == "film" for item in post.suggested if item["value"])


def test_an_album_naming_the_block_film_keeps_the_block():
    post = extract(
        "The album, “Copper Lantern: Original Motion Picture Soundtrack”, reached "
        "No. 9 on the Billboard 200.",
        title="Remembering Copper Lantern (1988)",
    )
    assert (post.film_title, post.film_year) == ("Copper Lantern", 1988)
    assert not films(post)


def test_a_short_form_of_the_film_keeps_the_block():
    post = extract(
        "The album, “Lantern: Original Score”, reached No. 9 on the Billboard 200.",
        title="Remembering Copper Lantern (1988)",
    )
    assert post.film_title
    assert not films(post)


def test_two_soundtracks_of_different_names_keep_the_block():
    post = extract(
        "The album, “Blue Orchard: Original Motion Picture Soundtrack”, reached "
        "No. 9 on the Billboard 200.",
        "Its sequel's record, “Red Orchard: Original Score”, went gold in Canada.",
        title="Remembering Copper Lantern (1988)",
    )
    assert post.film_title
    assert not films(post)
