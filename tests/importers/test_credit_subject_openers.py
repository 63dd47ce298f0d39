"""What opens a sentence before its subject is not part of the name: a time ("In
1975 A wrote it", "By March 1980, A had recorded it") or an opener and a comma
("Here, A sings it"); and a capitalised word the post also writes in lower case
is no first name ("Where Lusk's song waited" names no other Lusk). Every
sentence here is invented for the test."""

import pytest

from .test_credit_rules import tracks
from .test_discourse import extract

INTRO = "The dance in Hay Moon (1984) is set to “Tin Lantern”."


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("In 1975 Cora Lusk wrote it for a wedding.", (["Cora Lusk"], [])),
        ("By March 1980, Ned Orr had recorded it twice.", ([], ["Ned Orr"])),
        ("On Tuesday Ned Orr sang it for the last time.", ([], ["Ned Orr"])),
        ("Here, Ned Orr sings it, and nobody else could.", ([], ["Ned Orr"])),
        ("Because Ned Orr sang it at his wedding, it is his.", ([], ["Ned Orr"])),
    ],
)
def test_a_time_or_an_opener_before_the_subject_is_no_name(sentence, expected):
    assert tracks(extract(INTRO, sentence)) == {"Tin Lantern": expected}


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("1975 Sound recorded it in a barn.", ([], ["1975 Sound"])),
        ("May Lind wrote it in a week.", (["May Lind"], [])),
    ],
)
def test_a_name_that_opens_on_a_year_or_a_month_stays_whole(sentence, expected):
    assert tracks(extract(INTRO, sentence)) == {"Tin Lantern": expected}


@pytest.mark.parametrize(
    "later",
    [
        "Where Lusk's song waited, the next one runs, and that is where it turns.",
        "Unlike Lusk's other songs, it has no chorus, unlike almost everything then.",
        "Whenever Lusk sings it now, she slows it down, whenever the room lets her.",
    ],
)
def test_a_common_word_before_a_surname_is_no_other_person(later):
    post = extract(
        INTRO + " It is Cora Lusk's song.",
        "Lusk wrote it with Bo Lind in a single night.",
        later,
    )
    assert tracks(post)["Tin Lantern"][0] == ["Cora Lusk", "Bo Lind"]


def test_another_person_of_that_surname_keeps_it_a_question():
    post = extract(
        INTRO + " It is Cora Lusk's song.",
        "Lusk wrote it with Bo Lind in a single night.",
        "Dora Lusk, her sister, sang on the demo.",
    )
    assert "Cora Lusk" not in tracks(post)["Tin Lantern"][0]
