"""Credits in a coordination of song parts, in a run of phrases before "it", and
"by" people a relative clause makes writers: "the words and tune are by A",
"Written by A, played by B, and a hit in Spain, it ...", "It's by A and B, who wrote
the show's score". Every sentence here is invented for the test."""

import pytest

from .test_credit_rules import tracks
from .test_discourse import extract

INTRO = "The song “Paper Orchard” is sung by the Larks over the montage."


@pytest.mark.parametrize(
    "sentence",
    [
        "The words and tune are by Mara Quill.",
        "Words and tune are by Mara Quill.",
        "Its lyrics and the melody were written by Mara Quill.",
    ],
)
def test_two_song_parts_by_one_writer(sentence):
    assert tracks(extract(INTRO + " " + sentence)) == {
        "Paper Orchard": (["Mara Quill"], ["Larks"])
    }


def test_a_run_of_phrases_before_it():
    text = (
        "“Paper Orchard” plays over the montage in the orchard.\n\n"
        "Written by Mara Quill and Tobin Reese, played by the Larks, and a No. 9 in "
        "Spain, it did even better in Portugal."
    )
    assert tracks(extract(text)) == {
        "Paper Orchard": (["Mara Quill", "Tobin Reese"], ["Larks"])
    }


def test_a_run_of_phrases_before_a_clause_of_its_own_is_no_credit_of_it():
    text = (
        "“Paper Orchard” plays over the montage in the orchard.\n\n"
        "Written by Mara Quill, but when the Larks sang it, it did better."
    )
    assert tracks(extract(text))["Paper Orchard"][0] == []


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "It's by Mara Quill and Tobin Reese, who wrote the show's score together.",
            (["Mara Quill", "Tobin Reese"], []),
        ),
        (
            "It's by Mara Quill, who wrote it with Tobin Reese.",
            (["Mara Quill", "Tobin Reese"], ["Mara Quill"]),
        ),
    ],
)
def test_people_it_is_by_who_wrote(sentence, expected):
    text = "The song over the closing credits is “Paper Orchard”. " + sentence
    assert tracks(extract(text)) == {"Paper Orchard": expected}
