"""A quiz's questions as a numbered list ("3. Who sang it?", "Q4. And who wrote
it?") or asked of a kind of act ("Which band recorded “X”?"), each answered by the
names after it. Every sentence here is invented for the test."""

import pytest

from .test_credit_rules import tracks
from .test_discourse import extract

INTRO = "The answers to last week's round on Hay Moon (1984), the barn-dance picture."


@pytest.mark.parametrize(
    "items, expected",
    [
        (
            "<ul><li>3. Who sang “Tin Lantern” over the closing scene? Ned Orr</li>"
            "<li>4. And who wrote it? Cora Lusk</li></ul>",
            (["Cora Lusk"], ["Ned Orr"]),
        ),
        (
            "<ul><li>Q1. Which band recorded “Tin Lantern”? A: The Tarrow Five.</li>"
            "<li>Q2. And who wrote it? A: Cora Lusk, who never sang a note of it.</li>"
            "</ul>",
            (["Cora Lusk"], ["The Tarrow Five"]),
        ),
        (
            "<ul><li>7) What singer performs “Tin Lantern” at the dance? Ned Orr</li>"
            "</ul>",
            ([], ["Ned Orr"]),
        ),
    ],
)
def test_numbered_questions_take_the_names_that_answer_them(items, expected):
    post = extract(INTRO, "The dance is set to “Tin Lantern”.", items)
    assert tracks(post) == {"Tin Lantern": expected}


@pytest.mark.parametrize(
    "items",
    [
        "<ul><li>5. Which band did the director hire for the dance? The Tarrow Five"
        "</li></ul>",
        "<ul><li>6. Who directed it? Ned Orr</li></ul>",
    ],
)
def test_a_question_on_no_credit_credits_no_one(items):
    post = extract(INTRO, "The dance is set to “Tin Lantern”.", items)
    assert tracks(post) == {"Tin Lantern": ([], [])}
