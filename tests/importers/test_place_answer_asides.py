"""The answer to "Which X street doubled for Y?" with an aside in brackets after the
name, or after an answer label on a line of its own ("A:", "Answer:"). Every sentence
here is invented for the test."""

import pytest

from .test_place_rules import extract, locations


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        (
            (
                "The film is set in Chicago. Which Dunmore street doubled for Chicago's "
                "State Street?",
                "A:",
                "Kell Street (1 point; no points for Carrow Lane, which was the first "
                "choice but never used).",
            ),
            [("Kell Street", "Chicago's State Street")],
        ),
        (
            (
                "The film is set in Boston. Which Dunmore street doubled for Boston's "
                "Tremont Street?",
                "A: Kell Street (2 points; half a point for Carrow Lane, which was only "
                "used for the titles).",
            ),
            [("Kell Street", "Boston's Tremont Street")],
        ),
        (
            (
                "The film is set in Boston. Which Dunmore hotel played the Harbor Inn?",
                "Answer:",
                "The Grand Hotel (the one by the quay, where the market is held on "
                "Saturdays and the buses turn).",
            ),
            [("Grand Hotel", "the Harbor Inn")],
        ),
    ],
)
def test_an_answer_with_an_aside_or_after_its_label(paragraphs, expected):
    assert locations(extract(*paragraphs)) == expected


# Traps: a long answer that is a sentence of its own; a label line without a question.
@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "Which Dunmore street doubled for Boston's Tremont Street?",
            "A:",
            "Nobody in the pub quiz that night knew it, and the quizmaster had to tell "
            "us after the raffle, which took a while because of the noise.",
        ),
        ("A:", "Kell Street (1 point)."),
    ],
)
def test_no_answer_without_a_question_or_a_name(paragraphs):
    assert [target for _name, target in locations(extract(*paragraphs))] in ([], [""])
