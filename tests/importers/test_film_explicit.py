"""The film the post names by its kind and year ("for the 1981 Welsh musical comedy
<i>X</i>", "<i>X</i>, a Canadian road movie from 1990") is the post's film over a
guess from the words of the post's title (a band's name), and a title that only
shares that sentence's year is not the film. Every sentence here is invented for the
test."""

import pytest

from .test_film_one_year import film_of


@pytest.mark.parametrize(
    "title, paragraphs, expected",
    [
        (
            "Covers tracker #12: Tin Lantern Waltz",
            (
                "<i>Tin Lantern Waltz</i> was written by Olwen Pryce for the 1981"
                " Welsh musical comedy <i>The Long Weekend Out</i>, and sung in the"
                " film by Gwen Harte.",
                "The dance sequence was filmed on the pier at Aberystwyth.",
            ),
            ("The Long Weekend Out", 1981),
        ),
        (
            "Forgotten bands: Marram Grass and 'Salt Wire'",
            (
                "For Marram Grass, the story ends in 1990. They had one hit.",
                "It lives on because of <i>North of Nowhere</i>, a Canadian road movie"
                " from 1990 that played the song over a montage of prairie highway.",
            ),
            ("North of Nowhere", 1990),
        ),
        (
            "Where are they now: the Hollow Reeds",
            (
                "The Hollow Reeds were everywhere in 1977.",
                "Their one hit closes <i>Dry Season</i>, a 1977 Australian western,"
                " over the cattle drive.",
            ),
            ("Dry Season", 1977),
        ),
        # Traps: the post's own film stays, another film only compared or an
        # example of several is not taken.
        (
            "Review: Iron Bay (1986)",
            (
                "<i>Iron Bay</i> borrows its harbour chase from the 1974 Italian"
                " thriller <i>Porto Nero</i>.",
            ),
            ("Iron Bay", 1986),
        ),
        (
            "Grey Harbour and the saddest montage of 1983",
            (
                "<i>Grey Harbour</i> came out in 1983 and nobody saw it.",
                "Like early westerns such as <i>Dust Line</i>, a 1951 western, it is"
                " slow.",
            ),
            ("Grey Harbour", 1983),
        ),
    ],
)
def test_the_film_named_by_its_kind(title, paragraphs, expected):
    assert film_of(title, *paragraphs) == expected
