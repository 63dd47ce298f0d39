"""A writer who also plays on the record performs the song; a first name alone is
the one person the post names with it. Every sentence here is invented for the
test."""

import pytest

from .test_credit_rules import tracks
from .test_discourse import extract

SONG = "The montage is cut to “Pier Lamps” by the Gannet Sisters."


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "It was written by Otto Brill, a ferry cook, who also plays the banjo on it.",
            (["Otto Brill"], ["Gannet Sisters", "Otto Brill"]),
        ),
        (
            "Otto Brill wrote it, and he played the tin whistle on the record too.",
            (["Otto Brill"], ["Gannet Sisters", "Otto Brill"]),
        ),
        # A hedge: no credit.
        (
            "It was written by Otto Brill, who I think plays the banjo on it.",
            (["Otto Brill"], ["Gannet Sisters"]),
        ),
        # Two writers: "he" is not sure.
        (
            "Otto Brill wrote it with Len Moss, and he plays the banjo on it.",
            (["Otto Brill", "Len Moss"], ["Gannet Sisters"]),
        ),
    ],
)
def test_a_writer_who_plays_on_the_record_performs_it(sentence, expected):
    assert tracks(extract(SONG, sentence)) == {"Pier Lamps": expected}


def test_a_first_name_is_the_one_person_named_with_it():
    post = extract(
        "The montage is cut to “Pier Lamps” by Otto Brill & the Gannets.",
        "Otto wrote it with Len Moss over one weekend.",
    )
    assert tracks(post) == {
        "Pier Lamps": (["Otto Brill", "Len Moss"], ["Otto Brill & the Gannets"])
    }


def test_a_single_name_that_is_a_band_stays_as_it_is():
    post = extract(
        "The montage is cut to “Pier Lamps”, performed by the band Ferrule.",
        "The album adds two Ferrule B-sides.",
    )
    assert tracks(post) == {"Pier Lamps": ([], ["Ferrule"])}
