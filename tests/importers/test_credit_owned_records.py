"""A sentence that opens on someone's record of the song named last ("Ada Vale's
single climbed to No. 9", "Vale's recording, written by B, reached No. 3", "The
Tarrow Five's version is the one in the film"): its owner performs the song. Not
another record ("Vale's next single, “Y”", "Vale's single before that"). Every
sentence here is invented for the test."""

import pytest

from .test_credit_rules import tracks
from .test_discourse import extract

INTRO = "The dance in Hay Moon (1984) is set to “Tin Lantern”, written by Cora Lusk."


@pytest.mark.parametrize(
    "sentence, performer",
    [
        ("Ned Orr's single climbed to No. 9 on the Hot 100 that autumn.", "Ned Orr"),
        ("Orr's recording, cut in one take, reached No. 3 in Ireland.", "Orr"),
        (
            "The Tarrow Five's version is the one you hear in the film.",
            "The Tarrow Five",
        ),
        ("But Ned Orr's 1984 original still sounds best on vinyl.", "Ned Orr"),
    ],
)
def test_the_owner_of_the_songs_record_performs_it(sentence, performer):
    assert tracks(extract(INTRO, sentence)) == {
        "Tin Lantern": (["Cora Lusk"], [performer])
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Ned Orr's next single, “Paper Kites”, reached number twelve.",
        "Ned Orr's single before that had sold nothing at all.",
        "Ned Orr's record collection is the stuff of legend.",
        "His single climbed to No. 9 on the Hot 100.",
    ],
)
def test_another_record_or_no_owner_credits_no_one(sentence):
    assert tracks(extract(INTRO, sentence)) == {"Tin Lantern": (["Cora Lusk"], [])}


def test_the_record_of_someone_another_song_credits_is_theirs():
    post = extract(
        "The first song in Hay Moon (1984) is “Paper Kites” by Ned Orr & the Reeds.",
        "The second is “Tin Lantern” by Cora Lusk.",
        "Ned Orr's single had a livelier time.",
    )
    assert tracks(post)["Tin Lantern"] == ([], ["Cora Lusk"])
