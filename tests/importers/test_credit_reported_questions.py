"""A question on a credit reported in a log or a letter ("Bev asks who sang it.")
is answered by the names of the next sentence, unless they are a guess. Every
sentence here is invented for the test."""

import pytest

from .test_credit_rules import tracks
from .test_discourse import extract

SONG = "The montage song is “Diesel Hymn”."


@pytest.mark.parametrize(
    "question, answer, expected",
    [
        (
            "Bev, no town given, asks who sang it.",
            "Cal Brody, who wrote it with his wife.",
            (["Cal Brody"], ["Cal Brody"]),
        ),
        (
            "A listener wanted to know who wrote “Diesel Hymn”.",
            "Answer: Ann Lee.",
            (["Ann Lee"], []),
        ),
        ("Tom wonders who sings that song.", "Ann Lee, of course.", ([], ["Ann Lee"])),
        # Traps: an answer with a verb of its own, and a guess.
        ("She asked who sang it, and nobody knew.", "Ann Lee said nothing.", ([], [])),
        ("I always wondered who sang it.", "Ann Lee, I think.", ([], [])),
    ],
)
def test_a_reported_question_and_its_answer(question, answer, expected):
    assert tracks(extract(SONG, question, answer)) == {"Diesel Hymn": expected}
