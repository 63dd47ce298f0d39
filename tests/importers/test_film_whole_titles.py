"""The film's whole title when the one read is a part of it: the words before the
title that run up to the film's year with it ("Nora and the Paper Crane (1987)"), or
the quoted words after it, are the title's; a headline's run only when the text
writes it too. Every sentence here is invented for the test."""

import pytest

from wagtail_montage.importers.extraction.film_whole_titles import (
    fuller,
    whole_film_title,
)

from .test_film_salience import read


class Post:
    def __init__(self, title, film_title, film_year):
        self.title, self.film_title, self.film_year = title, film_title, film_year


class Sentence:
    def __init__(self, display):
        self.display = display


class Context:
    def __init__(self, post):
        self.post = post


def whole(title, film, year, *sentences):
    ctx = Context(Post(title, film, year))
    whole_film_title(ctx, [Sentence(text) for text in sentences])
    return ctx.post.film_title


@pytest.mark.parametrize(
    "sentence, film, expected",
    [
        (
            "Last night we put on Nora and the Paper Crane (1987) again.",
            "Paper Crane",
            "Nora and the Paper Crane",
        ),
        (
            "my cousin rewatched The Road to Fennick Bay (1979) and cried",
            "Fennick Bay",
            "The Road to Fennick Bay",
        ),
        (
            "Everyone remembers «Le Jour des grues» (1981) for its harbour waltz.",
            "Le Jour",
            "Le Jour des grues",
        ),
        (
            "It is “Ciel du nord” (1990), a small film from Brest.",
            "Ciel",
            "Ciel du nord",
        ),
    ],
)
def test_the_whole_title_before_the_year_is_kept(sentence, film, expected):
    year = int(sentence.split("(")[1][:4])
    assert whole("A post", film, year, sentence) == expected


def test_a_headline_run_is_the_title_only_when_the_text_writes_it():
    assert (
        whole(
            "A Note on Tamar of Ziro (1971) and its Boat Song",
            "Ziro",
            1971,
            "Tamar of Ziro was made in a single monsoon.",
        )
        == "Tamar of Ziro"
    )
    assert (
        whole(
            "Restoring the Reel Box of Harrow Fen (1966)",
            "Harrow Fen",
            1966,
            "The film was made in a single summer.",
        )
        == "Harrow Fen"
    )


def test_no_title_before_the_first_word_nor_past_a_clause():
    assert (
        whole("A post", "Harrow Fen", 1966, "Harrow Fen (1966) is short.")
        == "Harrow Fen"
    )
    assert (
        whole("A post", "Sun", 1970, "“Sun, at last” (1970) is not the film.") == "Sun"
    )
    assert (
        whole("A post", "Harrow Fen", 1966, "Watching it, Harrow Fen (1966) felt long.")
        == "Harrow Fen"
    )


PAGES = [
    (
        (
            "My daughter has one obsession. It is Maud and the Glass Heron (1984).",
            "The montage sets the heron flight to a harp.",
        ),
        "We have watched Maud and the Glass Heron 80 times",
        ("Maud and the Glass Heron", 1984),
    ),
    (
        ("Last night I rewatched The Road to Fennick Bay (1979) and I need to talk.",),
        "a thread about the fennick bay montage",
        ("The Road to Fennick Bay", 1979),
    ),
]


@pytest.mark.parametrize("blocks, title, film", PAGES)
def test_the_page_field_is_the_whole_title(blocks, title, film):
    assert read(*blocks, title=title) == film


def test_fuller_keeps_nothing_without_words_before():
    import re

    text = "(1984) Glass Heron (1984)"
    match = re.search(r"Glass Heron(?P<tail>)\s?\(1984\)", text)
    assert fuller(text, match, "Glass Heron") is None
