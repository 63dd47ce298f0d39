"""Credits in a perfect tense and subjects with an aside before their verb: "A had
written it", "A (who did the score) wrote it", "A, born in Hull, wrote it", "Two
people wrote it, A and B", "The Bs do “X”". Every sentence here is invented for the
test."""

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


# -- "Two people wrote it, A and B"; "The Bs do “X”" -------------------------------


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Two people wrote that song, Cora Lusk and Ida Fenn.",
            ["Cora Lusk", "Ida Fenn"],
        ),
        (
            "Two women wrote it, Cora Lusk and Ida Fenn, in a caravan.",
            ["Cora Lusk", "Ida Fenn"],
        ),
        ("Two people wrote it, Cora Lusk says.", []),
        ("Three people wrote it, Cora Lusk and Ida Fenn.", []),
    ],
)
def test_a_subject_counting_people_with_a_plural_without_s(sentence, expected):
    assert tracks(extract(INTRO, sentence)) == {"Hay Moon": (expected, [])}


@pytest.mark.parametrize(
    "sentence, performers",
    [
        ("The Corn Dollies do “Hay Moon” in the barn scene.", ["The Corn Dollies"]),
        ("Why do “Hay Moon” fans hate the remix?", []),
        ("We do “Hay Moon” at every wedding.", []),
    ],
)
def test_an_act_that_does_the_song_in_the_present(sentence, performers):
    assert tracks(extract(INTRO, sentence)) == {"Hay Moon": ([], performers)}
