"""A quiz's or an FAQ's question on a credit answered by names alone. Every
sentence here is invented for the test."""

import pytest

from .test_credit_rules import tracks
from .test_discourse import extract

QUESTION = "Q1. Which song plays over the barn dance? A: “Hay Moon” (1 point)."


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        (("Q2. Who sang it? A: Ida Fenn (1 point).",), ([], ["Ida Fenn"])),
        (
            (
                "Q3. Who wrote it? Trick question: Ida Fenn and her cousin, Ned Orr, together.",
            ),
            (["Ida Fenn", "Ned Orr"], []),
        ),
        (
            (
                "Q3. Who wrote it? A: Ned Orr, together with Ida Fenn herself (2 points).",
            ),
            (["Ned Orr", "Ida Fenn"], []),
        ),
        (("Q2. Who sang it?", "Ida Fenn."), ([], ["Ida Fenn"])),
        # An answer with a verb of its own is the other rules' to read.
        (("Q2. Who sang it? A: Ida Fenn thinks it was Ned Orr.",), ([], [])),
        # No question on a credit.
        (("Q2. Who directed the film? A: Ida Fenn (1 point).",), ([], [])),
    ],
)
def test_a_credit_question_answered_by_names(paragraphs, expected):
    assert tracks(extract(QUESTION, *paragraphs)) == {"Hay Moon": expected}


def test_a_question_naming_the_title_is_answered_by_the_next_sentence():
    post = extract("Q3. Who sings the title song, “Hay Moon”? Ida Fenn.")
    assert tracks(post) == {"Hay Moon": ([], ["Ida Fenn"])}


def test_a_question_naming_a_quoted_title_alone_is_answered():
    post = extract(QUESTION, "Q2. Who performs “Hay Moon”? Ida Fenn.")
    assert tracks(post) == {"Hay Moon": ([], ["Ida Fenn"])}


def test_co_written_with_her_credits_the_answer_before_too():
    post = extract(
        QUESTION,
        "Q2. Who sings “Hay Moon”? Ida Fenn. Q3. Who co-wrote it with her? Ned Orr.",
    )
    assert tracks(post) == {"Hay Moon": (["Ned Orr", "Ida Fenn"], ["Ida Fenn"])}


def test_who_sang_it_after_a_title_that_is_no_song_is_the_one_track():
    post = extract(
        QUESTION,
        "Half a point for “Hay Mood”, which table three wrote, and which is not a song.",
        "Q2. Who sang it? A: Ida Fenn (1 point).",
    )
    assert tracks(post) == {"Hay Moon": ([], ["Ida Fenn"])}
