"""Credits in a perfect tense and subjects with an aside before their verb: "A had
written it", "A (who did the score) wrote it", "A, born in Hull, wrote it". Every
sentence here is invented for the test."""

import pytest

from .test_credit_rules import tracks
from .test_discourse import extract

INTRO = "The barn dance is set to “Hay Moon”."


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Cora Lusk had written it years before.", (["Cora Lusk"], [])),
        ("Their banjo player, Cora Lusk, had written it.", (["Cora Lusk"], [])),
        ("Cora Lusk has since co-written it again.", (["Cora Lusk"], [])),
        ("Cora Lusk had already composed it for a fair.", (["Cora Lusk"], [])),
        ("Ned Orr has recorded it twice.", ([], ["Ned Orr"])),
        ("Cora Lusk had written about it in her diary.", ([], [])),
        ("It had written on it the name of a farm.", ([], [])),
    ],
)
def test_a_credit_in_a_perfect_tense(sentence, expected):
    assert tracks(extract(f"{INTRO} {sentence}")) == {"Hay Moon": expected}


def test_a_perfect_tense_before_a_quoted_title():
    post = extract("Cora Lusk had written “Hay Moon” for her sister.")
    assert tracks(post) == {"Hay Moon": (["Cora Lusk"], [])}


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Cora Lusk (who ran the dairy) wrote it.", (["Cora Lusk"], [])),
        (
            "Ned Orr sang it, and Cora Lusk (then a nurse) wrote it.",
            (["Cora Lusk"], ["Ned Orr"]),
        ),
        ("Cora Lusk, born in Hull and a nurse there, wrote it.", (["Cora Lusk"], [])),
        ("Ned Orr, then nineteen, sang it.", ([], ["Ned Orr"])),
    ],
)
def test_an_aside_between_the_subject_and_its_verb(sentence, expected):
    assert tracks(extract(f"{INTRO} {sentence}")) == {"Hay Moon": expected}


def test_the_place_of_birth_in_an_apposition_is_no_writer():
    post = extract("Cora Lusk, born in Hull, wrote “Hay Moon”.")
    assert tracks(post) == {"Hay Moon": (["Cora Lusk"], [])}
