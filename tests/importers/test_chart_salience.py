"""The post's own song when the discourse memory knows none: a quoted title nothing
said was a song, then "the record", "the single" or "it" with a chart fact."""

import pytest

from .test_discourse import certifications, extract, peaks

SONG = "The closing dance is set to “Lantern Street” by The Orchard Kites."


@pytest.mark.parametrize(
    "opening",
    [
        "Caller of the week wanted “Copper Kettle Rain”, The Larkspurs, again.",
        "Sleeve notes aside, “Copper Kettle Rain” is the one everybody hums.",
    ],
)
def test_the_record_after_a_lone_quoted_title_is_that_title(opening):
    post = extract(
        opening,
        "The single climbed to No. 12 on the Hot 100, and the RIAA certified it gold.",
    )
    assert peaks(post) == [("Copper Kettle Rain", 12, "billboard_hot_100")]
    assert certifications(post) == [("Copper Kettle Rain", "gold", None, "riaa")]


def test_words_someone_said_are_no_record():
    post = extract(
        "My aunt wrote to the station: “I would play this at my own wedding.”",
        "The single climbed to No. 12 on the Hot 100.",
    )
    assert peaks(post) == []


def test_another_song_after_the_posts_own_is_still_no_subject():
    post = extract(
        SONG,
        "Their earlier single, “Paper Moons”, is another matter entirely.",
        "The record climbed to No. 40 on the Hot 100.",
    )
    assert ("Paper Moons", 40, "billboard_hot_100") not in peaks(post)
    assert ("Lantern Street", 40, "billboard_hot_100") not in peaks(post)


def test_an_album_noun_is_not_the_song_quoted_last():
    post = extract(
        "Caller of the week wanted “Copper Kettle Rain”, The Larkspurs, again.",
        "The LP climbed to No. 30 on the Billboard 200.",
    )
    assert ("Copper Kettle Rain", 30, "billboard_200") not in peaks(post)


def test_a_question_quoted_in_sentence_case_does_not_hide_the_song_before():
    post = extract(
        SONG,
        "A reader, Maud, writes: “Did you ever dance to it yourself?” Not once.",
        "It reached No. 9 on the UK singles chart.",
    )
    assert peaks(post) == [("Lantern Street", 9, "uk_singles")]
