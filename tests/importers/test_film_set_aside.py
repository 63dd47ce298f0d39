"""Which film of a title the writer means ("<i>X</i>, the 1987 one, not the 2009
remake": 1987, never the year set aside), and a name after "the 1994 picture" that
is the subject of its own verb ("the 1994 picture Ann Roe directed"): a person, not
the film. Each sentence is our own."""

import pytest

from .test_discourse import extract, film


@pytest.mark.parametrize(
    "sentence",
    [
        "The crew picked <i>Tin Harbour</i>, the 1987 one, not the 2009 remake.",
        "We watched <i>Tin Harbour</i> (the 1987 version) on a bedsheet.",
        "Everyone means <i>Tin Harbour</i> \u2014 the 1987 original \u2014 when they "
        "quote it.",
    ],
)
def test_the_film_the_writer_means(sentence):
    post = extract(sentence, title="Film night: Tin Harbour")
    assert film(post) == ("Tin Harbour", 1987)


def test_no_year_of_the_film_set_aside():
    post = extract(
        "We watched <i>Tin Harbour</i>, and not the 2009 remake either.",
        title="Film night: Tin Harbour",
    )
    assert film(post) != ("Tin Harbour", 2009)


@pytest.mark.parametrize(
    "sentence",
    [
        "My favourite is the 1994 picture Ann Roe directed.",
        "The song is from the 1988 film Ada Moon produced for a tiny studio.",
        "I mean the 1979 movie Tom Hale wrote in a month.",
    ],
)
def test_a_name_doing_the_verb_after_the_film_is_no_film(sentence):
    post = extract(sentence, "It has a wonderful harbour montage.")
    assert post.film_title not in ("Ann Roe", "Ada Moon", "Tom Hale")


@pytest.mark.parametrize(
    "sentence",
    [
        "We loved the 1984 film Night Train, directed by Ann Roe.",
        "It comes from the 1984 film Night Train directed by Ann Roe.",
    ],
)
def test_the_film_itself_after_its_year_and_kind(sentence):
    post = extract(sentence, "It has a wonderful harbour montage.")
    assert film(post) == ("Night Train", 1984)


@pytest.mark.parametrize(
    "paragraphs",
    [
        [
            "The film I showed most was <i>Tin Harbour</i>.",
            "It came out in 1978 but did not reach our town until 1979.",
        ],
        [
            "Every night that winter it was <i>Tin Harbour</i>.",
            "Nobody minded that <i>Tin Harbour</i> had opened in 1978, a year before.",
        ],
        [
            "My first job was ushering <i>Tin Harbour</i>.",
            "<i>Tin Harbour</i>, which premiered in 1978, was already old news.",
        ],
    ],
)
def test_the_texts_release_year_over_the_writers_year_in_the_posts_title(paragraphs):
    post = extract(
        *paragraphs, title="Aisle seat: ushering Tin Harbour, winter of 1979"
    )
    assert film(post) == ("Tin Harbour", 1978)


def test_the_posts_title_year_when_the_text_gives_none():
    post = extract(
        "Every night that summer it was <i>Tin Harbour</i>.",
        "My aunt took the tickets.",
        title="Tin Harbour and the summer of 1981",
    )
    assert film(post) == ("Tin Harbour", 1981)
