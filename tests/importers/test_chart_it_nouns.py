"""An "it" opening a clause after one that names a record by a noun ("a car advert
borrowed the song, and it climbed to No. 11") is that record, even when the sentence
before left "it" unclear (a song and its album named together)."""

import pytest

from .test_discourse import extract, peaks

SONG = "Rain on the Pier"
ALBUM = "Gull Point: Music from the Film"
BEFORE = (
    f"Over the harbour montage Ada Brill sings “{SONG}”, slow and bruised.",
    "The single stalled at No. 52 on the Hot 100, and the album, "
    f"<i>{ALBUM}</i>, got no higher than No. 61 on the Billboard 200.",
)

FOUND = [
    (
        "A Munich car dealer's jingle borrowed the song, and it climbed to number 11 "
        "on the Media Control chart.",
        (SONG, 11, "germany_media_control"),
    ),
    (
        "Years later a radio host in Leeds dug out the single, and it climbed to "
        "No. 12 on the UK Singles Chart.",
        (SONG, 12, "uk_singles"),
    ),
    (
        "A cable channel reran the film in 1990, a critic praised the album again, and "
        "it reached No. 30 on the UK Albums Chart.",
        (ALBUM, 30, "uk_albums"),
    ),
]


@pytest.mark.parametrize("sentence, expected", FOUND)
def test_it_after_a_record_noun_is_that_record(sentence, expected):
    assert expected in peaks(extract(*BEFORE, sentence))


def test_a_song_and_an_album_before_it_leave_it_unclear():
    post = extract(
        *BEFORE,
        "A DJ played the song from the album, and it went to number 9 in Germany.",
    )
    assert (SONG, 9, "germany_media_control") not in peaks(post)


def test_it_far_from_the_chart_verb_is_not_its_subject():
    post = extract(
        *BEFORE,
        "The single did nothing (radio, it seems, had tired of piers), but "
        f"<i>{ALBUM}</i> went to No. 7 on the UK Albums Chart.",
    )
    assert (ALBUM, 7, "uk_albums") in peaks(post)
