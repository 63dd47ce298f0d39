"""What a place played, named by a noun no list holds but whose ending makes it a
place ("an observatory", "a steelworks", "a fairground", "a bookshop"); a year after
it ("in 1890") is when, not where. Every sentence here is invented for the test."""

import pytest

from wagtail_montage.importers.extraction.place_suffixes import place_suffixed

from .test_place_rules import extract, locations


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        (
            "Carreg Hall, in Powys, plays an observatory in Arizona.",
            ("Carreg Hall", "an observatory in Arizona"),
        ),
        (
            "The film was shot in Wales. The Dock Sheds at Barry stand in for a"
            " Glasgow steelworks.",
            ("Dock Sheds", "a Glasgow steelworks"),
        ),
        (
            "The film was shot in Denmark. The fair is Bakken, made up to look like a"
            " Prussian fairground in 1890.",
            ("Bakken", "a Prussian fairground"),
        ),
    ],
)
def test_a_place_noun_made_with_a_place_ending(paragraph, expected):
    assert expected in locations(extract(paragraph))


@pytest.mark.parametrize(
    "sentence",
    [
        "Tom Reed plays a mystery writer in Boston.",
        "Ann Dove played a delivery driver in Ohio.",
    ],
)
def test_no_stand_in_from_a_person_noun(sentence):
    assert locations(extract(sentence)) == []


@pytest.mark.parametrize(
    "word, expected",
    [
        ("observatory", True),
        ("distillery", True),
        ("bookshop", True),
        ("roadhouse", True),
        ("mystery", False),
        ("history", False),
        ("writer", False),
    ],
)
def test_place_endings(word, expected):
    assert place_suffixed(word, frozenset()) is expected
