"""A singer seen singing someone's song. Every sentence here is invented for the
test."""

import pytest

from .test_credit_rules import tracks
from .test_discourse import extract

SONG = "The lead single is “Tin Lamps”, written by Otto Brill."


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The other one, “Pier Song”: Ada Gannet singing another Brill song.",
            (["Otto Brill"], ["Ada Gannet"]),
        ),
        (
            "“Pier Song” - Gannet alone, singing another Brill number.",
            (["Otto Brill"], ["Gannet"]),
        ),
        (
            "“Pier Song” is Ada Gannet herself, singing her own song.",
            (["Ada Gannet"], ["Ada Gannet"]),
        ),
    ],
)
def test_a_singer_singing_a_writers_song(sentence, expected):
    post = extract(SONG, "The montage is cut to “Pier Song”.", sentence)
    assert tracks(post)["Pier Song"] == expected


def test_someone_singing_in_a_scene_is_no_credit():
    post = extract(
        "The montage is cut to “Pier Song” by the Gannets.",
        "“Pier Song” plays while Ada Gannet, singing a Beatles song, does the dishes.",
    )
    assert tracks(post)["Pier Song"] == ([], ["Gannets"])
