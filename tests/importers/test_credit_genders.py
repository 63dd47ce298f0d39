"""A "he" never means a singer the post only ever calls "she", nor "she" one only
called "he"; nor is a film's title without its "The" the post's protagonist.
Every sentence here is invented for the test."""

import pytest

from .test_credit_rules import tracks
from .test_discourse import extract

INTRO = "The dance in Hay Moon (1984) is set to “Tin Lantern”."


def post(singer, about, claim, title="A post"):
    return extract(
        INTRO + f" It was recorded by {singer}.",
        f"{singer.split()[-1]} took it into the top ten. {about}",
        claim,
        title=title,
    )


@pytest.mark.parametrize(
    "singer, about, claim",
    [
        ("Ned Orr", "It opened his first album.", "He wrote it as well."),
        ("Cora Lusk", "It opened her first album.", "She wrote it too."),
        ("Cora Lusk", "It still sells.", "She wrote it too."),
        ("Ned Orr", "It still sells.", "He wrote it too."),
    ],
)
def test_the_pronoun_the_post_uses_for_the_singer_means_the_singer(
    singer, about, claim
):
    assert tracks(post(singer, about, claim)) == {"Tin Lantern": ([singer], [singer])}


@pytest.mark.parametrize(
    "singer, about, claim",
    [
        ("Cora Lusk", "It opened her first album.", "He wrote it alone."),
        ("Ned Orr", "He still sings it at every show.", "She wrote it, though."),
    ],
)
def test_no_credit_to_a_singer_of_the_other_pronoun(singer, about, claim):
    assert tracks(post(singer, about, claim)) == {"Tin Lantern": ([], [singer])}


def test_the_films_title_without_its_the_is_no_protagonist():
    found = extract(
        "The dance in <i>The Lantern Yard</i> (1984) is set to “Tin Lantern”.",
        "It was recorded by Cora Lusk. It opened her first album.",
        "He wrote it alone.",
        title="Ivo Brandt and the Lantern Yard dance",
    )
    assert tracks(found) == {"Tin Lantern": ([], ["Cora Lusk"])}
