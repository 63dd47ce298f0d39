"""A "he" or "she" nothing else in the post can mean is the one person the post's
title names and its text introduces. Every sentence here is invented for the
test."""

import pytest

from .test_credit_rules import tracks
from .test_discourse import extract

LEDE = "Songwriter Cora Lusk answered questions about her film work on Sunday."
SONG = "She wrote “Hay Moon” with Ned Orr in a rented flat."


def test_she_is_the_person_the_title_names():
    post = extract(LEDE, SONG, title="Q&A recap: Cora Lusk on writing for films")
    assert tracks(post) == {"Hay Moon": (["Cora Lusk", "Ned Orr"], [])}


def test_he_in_a_relative_clause_is_the_person_the_title_names():
    post = extract(
        "Ned Orr, who died last week, wrote music for forty films.",
        "The film opens with the song “Hay Moon”.",
        "“Hay Moon”, which he composed in a week, is the loveliest of them.",
        title="Ned Orr (1931–2024): a life in film music",
    )
    assert tracks(post) == {"Hay Moon": (["Ned Orr"], [])}


@pytest.mark.parametrize(
    "title",
    [
        "Last Train to Harlan: the shop scene",  # a title, not a name
        "Grandpa Cora and the barn dance",  # no full name
        "Cora Lusk and Ned Orr on writing for films",  # two people
        "The Corn Dollies on tour",  # a band
        "Ida Fenn on writing for films",  # never named in the post
    ],
)
def test_no_protagonist_from_a_title_that_names_none(title):
    post = extract(
        "Last Train to Harlan is the film. Songwriter Cora Lusk talked about it.",
        "Ned Orr was there too.",
        SONG,
        title=title,
    )
    assert tracks(post) == {"Hay Moon": (["Ned Orr"], [])}


@pytest.mark.parametrize(
    "title, named",
    [
        ("Diary: the Piper's Lament pier montage", "the Piper's Lament pier montage"),
        ("Notes on the Fool's Errand soundtrack", "the Fool's Errand soundtrack"),
        ("Revisiting the Baker’s Dozen montage", "the Baker’s Dozen montage"),
    ],
)
def test_no_protagonist_from_a_run_with_a_possessive_inside(title, named):
    post = extract(
        f"A diary of {named}.",
        "Then comes “Hay Moon”, the song over the pier.",
        "He sings it; she plays the bridge.",
        title=title,
    )
    assert tracks(post) == {"Hay Moon": ([], [])}


@pytest.mark.parametrize(
    "title", ["Cora Lusk's diary of the pier montage", "Cora Lusk’s pier montage"]
)
def test_a_protagonist_named_with_a_possessive_after(title):
    post = extract(
        "Songwriter Cora Lusk kept a diary.",
        "Then comes “Hay Moon”, the song over the pier.",
        "She sings it.",
        title=title,
    )
    assert tracks(post) == {"Hay Moon": ([], ["Cora Lusk"])}
