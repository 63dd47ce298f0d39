"""A part of the song named last said to belong to someone: the tune, the words or
the writing credit to its writers, the single or the record to its performer.
Every sentence here is invented for the test."""

import pytest

from .test_credit_rules import tracks
from .test_discourse import extract

INTRO = "The barn dance is set to “Hay Moon”."


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The tune belonged to Cora Lusk, a fiddler from Hull.", (["Cora Lusk"], [])),
        (
            "The lead single belongs to the Corn Dollies, a pub band.",
            ([], ["Corn Dollies"]),
        ),
        (
            "The song belongs, in the credits at least, to two people: Cora Lusk and "
            "Ida Fenn.",
            (["Cora Lusk", "Ida Fenn"], []),
        ),
        (
            "The songwriting credit, on the single, on the sheet music and in the "
            "registry, belongs to Cora Lusk and Ida Fenn.",
            (["Cora Lusk", "Ida Fenn"], []),
        ),
        ("The song belongs to Cora Lusk now, as far as I'm concerned.", ([], [])),
        ("The credit belongs to Cora Lusk, who found the tape.", ([], [])),
    ],
)
def test_a_part_of_the_song_belongs_to_someone(sentence, expected):
    assert tracks(extract(INTRO, sentence)) == {"Hay Moon": expected}
