"""A record whose first position is on a chart only albums are on is the album for
the rest of the sentence: its next positions and its certification are the LP's,
not the song the reader had last heard of."""

import pytest

from .test_discourse import extract, facts, peaks

ALBUM = "Harbour Lights (Music from the Film)"
SETUP = (
    f"The soundtrack, “{ALBUM}”, came out on Gullwing Records in 1984.",
    "Its single was “Low Lamps” by Mina Cole.",
)


def levels(post):
    return [
        (value["subject_title"], value["level"], value["certifier"])
        for value in facts(post, "chart_fact")
        if value["fact_kind"] == "certification"
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The record got to number 19 on the Billboard 200 and number 7 in Canada"
        " on RPM, and went gold with the RIAA.",
        "It climbed to No. 19 on the Billboard 200 and to No. 7 on the RPM chart,"
        " and the RIAA certified it gold.",
        "That record reached the Billboard 200 at number 19, and number 7 on"
        " Canada's RPM chart; it went gold with the RIAA.",
    ],
)
def test_the_positions_after_an_albums_chart_are_the_albums(sentence):
    post = extract(*SETUP, sentence)
    assert (ALBUM, 19, "billboard_200") in peaks(post)
    assert (ALBUM, 7, "canada_rpm") in peaks(post)
    assert ("Low Lamps", 7, "canada_rpm") not in peaks(post)
    assert levels(post) == [(ALBUM, "gold", "riaa")]


def test_a_song_named_again_after_the_album_keeps_its_own_position():
    post = extract(
        *SETUP,
        "The record got to number 19 on the Billboard 200, and “Low Lamps” got to"
        " number 7 on the Hot 100.",
    )
    assert (ALBUM, 19, "billboard_200") in peaks(post)
    assert ("Low Lamps", 7, "billboard_hot_100") in peaks(post)


def test_the_next_sentence_is_not_carried():
    post = extract(
        *SETUP,
        "The soundtrack got to number 19 on the Billboard 200.",
        "“Low Lamps” reached number 7 on the RPM chart.",
    )
    assert ("Low Lamps", 7, "canada_rpm") in peaks(post)
    assert (ALBUM, 7, "canada_rpm") not in peaks(post)
