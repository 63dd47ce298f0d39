"""A record named by its owner's name with no credit of the post's behind it ("The
Varga song went to No. 4") is the track the name stood beside where the post told
of it; a name beside none of the post's tracks owns a record the post does not
know, not the song named last."""

import pytest

from .test_discourse import certifications, extract, peaks

INTRO = "The song is “Paper Comets”: Ilse Varga's voice, Tomas Brill's words."
SECOND = "Then “Kettle Drum Parade” by The Low Tin Choir plays over the credits."


OWNED = {
    "The Varga song went to number four in the UK.": (4, "uk_singles"),
    "The Ilse Varga single peaked at No. 9 on the Billboard Hot 100.": (
        9,
        "billboard_hot_100",
    ),
    "The Varga record climbed to No. 12 on the UK Singles Chart.": (12, "uk_singles"),
}


@pytest.mark.parametrize("sentence", list(OWNED))
def test_a_record_of_a_name_told_beside_a_title_is_that_track(sentence):
    post = extract(INTRO, SECOND, sentence)
    assert peaks(post) == [("Paper Comets", *OWNED[sentence])]


# "it" after an owned record: that track, or none after a stranger's record.
CERTIFIED = {
    "The Varga song became a hit once the film opened. It went platinum in Britain.": [
        ("Paper Comets", "platinum", None, "bpi")
    ],
    "The Dorsey song was a big hit that year. It went platinum in Britain.": [],
}
# A name beside none of the post's tracks, a country that is no owner at all.
NOT_OWNED = {
    "The Dorsey song went to number four in the UK, years later.": [],
    "The UK single went to number seven in the UK.": [
        ("Kettle Drum Parade", 7, "uk_singles")
    ],
}


@pytest.mark.parametrize("sentences", list(CERTIFIED))
def test_it_after_an_owned_record(sentences):
    assert certifications(extract(INTRO, SECOND, sentences)) == CERTIFIED[sentences]


@pytest.mark.parametrize("sentence", list(NOT_OWNED))
def test_a_record_no_track_owns_is_not_the_last_song(sentence):
    assert peaks(extract(INTRO, SECOND, sentence)) == NOT_OWNED[sentence]
