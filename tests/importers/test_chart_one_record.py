"""A chart fact with no subject the memory can place is about the post's one record:
a verbless list after a lead line, a fact-file line, a speaker's answer, a line after
a magazine quoted in between; not when the sentence could be about another one."""

import pytest

from .test_discourse import certifications, extract, peaks

SONG = "The closing dance is set to “Lantern Street” by The Orchard Kites."
TITLE = "Lantern Street"


def test_a_verbless_list_after_a_lead_line_is_the_songs():
    post = extract(
        SONG,
        "What that seven-inch managed in 1979:",
        "<ul><li>No. 6 on the Billboard Hot 100</li><li>No. 3 in Canada (RPM)</li>"
        "<li>Gold from the RIAA, a year late</li></ul>",
    )
    assert sorted(peaks(post)) == [
        (TITLE, 3, "canada_rpm"),
        (TITLE, 6, "billboard_hot_100"),
    ]
    assert certifications(post) == [(TITLE, "gold", None, "riaa")]


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Single: silver in Britain (BPI)", (TITLE, "silver", None, "bpi")),
        (
            "MK: Ninth place on the UK chart, then a gold disc from the BPI.",
            (TITLE, "gold", None, "bpi"),
        ),
        ("Sales, for the record — platinum (ARIA).", (TITLE, "platinum", None, "aria")),
    ],
)
def test_a_certification_with_no_subject_is_the_one_songs(line, expected):
    assert certifications(extract(SONG, "How did it sell?", line)) == [expected]


def test_a_magazine_quoted_a_paragraph_before_does_not_take_the_list():
    post = extract(
        SONG,
        "The band told <i>Melody Maker</i> it took an hour to write.",
        "Here it is, chart by chart:",
        "<ul><li>UK Singles Chart: No. 14</li></ul>",
    )
    assert peaks(post) == [(TITLE, 14, "uk_singles")]


@pytest.mark.parametrize(
    "line",
    [
        "How high did it get? Was it No. 6 on the Hot 100?",
        "Nothing from that session went gold (RIAA).",
        "Their follow-up went gold with the RIAA.",
        "A fan wiki claims No. 1 on the Hot 100 for it.",
    ],
)
def test_a_question_a_denial_another_record_or_a_claim_is_no_fact(line):
    post = extract(SONG, "Some numbers.", line)
    assert peaks(post) == [] and certifications(post) == []


def test_another_title_quoted_just_before_keeps_the_fact_unsure():
    post = extract(
        SONG,
        "Her next single, “Copper Bells”, is not in the film.",
        "Gold from the BPI the year after.",
    )
    assert certifications(post) == []


def test_with_a_song_and_an_album_a_fact_naming_neither_is_unsure():
    post = extract(
        SONG,
        "The soundtrack, <i>Lantern Street Nights</i>, is on Kestrel Records.",
        "The band told <i>Melody Maker</i> it took a week to record.",
        "Some numbers.",
        "Gold from the RIAA, eventually.",
    )
    assert certifications(post) == []
