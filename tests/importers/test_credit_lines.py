"""A sentence of credits alone after the song ("Composed by A, lyrics by B.",
"Written by A, words by B.") credits the song named last with both writers,
as "Music by A, lyrics by B." does, for no score has lyrics; "Composed by A, it ..."
still reads its subject after the names. Every sentence here is invented for the
test."""

import pytest

from .test_credit_rules import tracks
from .test_discourse import extract

SONG = "The montage uses “Oar Song”."

FOUND = [
    ("Composed by Vik Sethi, lyrics by Fara Jalil.", ["Vik Sethi", "Fara Jalil"]),
    ("Written by Vik Sethi, words by Fara Jalil.", ["Vik Sethi", "Fara Jalil"]),
    (
        "Composed by Vik Sethi and Lal Bhave, lyrics by Fara Jalil.",
        ["Vik Sethi", "Lal Bhave", "Fara Jalil"],
    ),
]


@pytest.mark.parametrize("sentence, writers", FOUND)
def test_a_line_of_credits(sentence, writers):
    assert tracks(extract(SONG, sentence))["Oar Song"][0] == writers


# Traps: the film named after the names; a score's composer with no lyrics.
def test_a_film_after_the_names():
    post = extract(SONG, "Composed by Vik Sethi, the film's score won prizes.")
    assert "Vik Sethi" not in tracks(post)["Oar Song"][0]


def test_a_line_with_no_words():
    post = extract(SONG, "Composed by Vik Sethi, arranged by Lal Bhave.")
    assert "Lal Bhave" not in tracks(post)["Oar Song"][0]
