"""A film's working title is not the post's film ("a film that was, at the time,
called <i>X</i>", "a picture provisionally titled <i>X</i>"); a film called so
without such words still is. Every sentence here is invented for the test."""

import pytest

from wagtail_montage.importers.extraction.film_working import working_title

from .test_film_one_year import film_of


@pytest.mark.parametrize(
    "opening",
    [
        "In 1968 three players met to score a film that was, at the time, called"
        " <i>Harbour Project Four</i>.",
        "In 1968 they scored a picture provisionally titled <i>Grey Quay</i>.",
        "In 1968 they scored a film whose working title was <i>Dock Nine</i>.",
    ],
)
def test_a_working_title_is_not_the_film(opening):
    assert film_of("Liner notes: the Ebb Tide sessions", opening) == ("", None)


@pytest.mark.parametrize(
    "opening, expected",
    [
        (
            "In 1968 three players met to score a film called <i>Ebb Tide</i>.",
            ("Ebb Tide", 1968),
        ),
        (
            "In 1968 they scored a film that everyone at the time called a"
            " disaster, <i>Ebb Tide</i>.",
            ("Ebb Tide", 1968),
        ),
    ],
)
def test_a_film_called_so_is_the_film(opening, expected):
    assert film_of("Liner notes: the Ebb Tide sessions", opening) == expected


def test_the_words_read():
    assert working_title("a film then known as ")
    assert not working_title("a film called ")
