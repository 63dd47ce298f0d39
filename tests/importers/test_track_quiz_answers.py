"""A quiz's numbered answer that is a title alone answers the numbered question with
its number about a song ("3. The ferry dance is set to which song?" ... "3. ‘X’."):
a track. An answer to a question about something else, or an answer that says more
after the title, is none. Every sentence here is invented for the test."""

import pytest

from .test_discourse import extract, titles

QUESTIONS = (
    "1. Who directed the film?",
    "2. Where was the ferry scene shot?",
    "3. The ferry dance is set to which song?",
)


@pytest.mark.parametrize(
    "answers",
    [
        ("1. Ola Berg.", "2. Harwich.", "3. ‘Salt on the Rail’."),
        ("1. Ola Berg.", "2. Harwich.", "3. “Salt on the Rail”!"),
        ("3) <i>Salt on the Rail</i>.", "1) Ola Berg.", "2) Harwich."),
    ],
)
def test_a_numbered_answer_to_a_song_question_is_a_track(answers):
    questions = QUESTIONS
    if answers[0].startswith("3)"):
        questions = tuple(question.replace(".", ")", 1) for question in QUESTIONS)
    assert titles(extract(*questions, *answers)) == ["Salt on the Rail"]


@pytest.mark.parametrize(
    "answers",
    [
        ("1. ‘Salt on the Rail’.", "2. Harwich."),
        ("2. ‘Salt on the Rail’.",),
        ("3. ‘Salt on the Rail’, though half the room said otherwise.",),
    ],
)
def test_an_answer_to_another_question_or_with_more_words_is_none(answers):
    assert titles(extract(*QUESTIONS, *answers)) == []
