"""An aside between dashes ("— long after the film had left cinemas —") before a verb
that goes on from the clause before ("and was certified gold") names no subject for it:
the verb shares the record of the clause before the aside."""

import pytest

from .test_discourse import certifications, extract

SONG = "Rain on the Pier"
ALBUM = "Gull Point: Music from the Film"
BEFORE = (
    f"The album, <i>{ALBUM}</i>, came out in 1971, and its single was “{SONG}”, "
    "sung by Ada Brill."
)

FOUND = [
    (
        f"“{SONG}” reached No. 9 in Germany — long after the film had left cinemas — "
        "and was certified gold by the BVMI.",
        (SONG, "gold", None, "bvmi"),
    ),
    (
        f"“{SONG}” got to No. 6 on the Media Control chart — a year after the LP came "
        "out — and went gold with the BVMI.",
        (SONG, "gold", None, "bvmi"),
    ),
    (
        f"<i>{ALBUM}</i> reached No. 12 on the UK Albums Chart — fair going for a "
        "soundtrack — and took a silver disc from the BPI.",
        (ALBUM, "silver", None, "bpi"),
    ),
]


@pytest.mark.parametrize("sentence, expected", FOUND)
def test_an_aside_names_no_subject(sentence, expected):
    assert expected in certifications(extract(BEFORE, sentence))


def test_an_aside_after_its_subject_keeps_it():
    post = extract(
        BEFORE,
        f"“{SONG}” — the album's best track — was certified gold by the BPI.",
    )
    assert certifications(post) == [(SONG, "gold", None, "bpi")]


def test_a_new_subject_after_the_aside_is_its_own():
    post = extract(
        BEFORE,
        f"“{SONG}” reached No. 9 in Germany — a surprise to everyone — and then the "
        "album went gold with the BVMI.",
    )
    assert (ALBUM, "gold", None, "bvmi") in certifications(post)
