"""A writing shared out in a relative clause, "which A and B wrote between them",
credits them all; a clause about writing of something else still does not. Every
sentence here is invented for the test."""

import pytest

from .test_credit_rules import tracks
from .test_discourse import extract

INTRO = "Hay Moon (1984) has one long dance."
SONG = "The dance goes to “Salt Hymn” by the Gullies, "

SHARED = {
    "which Ned Orr and Cora Lusk wrote between them.": ["Ned Orr", "Cora Lusk"],
    "which Ned and Cora Lusk wrote between them.": ["Ned Lusk", "Cora Lusk"],
    "which Ivo Brandt, Ned Orr and Cora Lusk composed between them in a week.": [
        "Ivo Brandt",
        "Ned Orr",
        "Cora Lusk",
    ],
}


@pytest.mark.parametrize("clause", SHARED)
def test_the_writers_who_shared_the_writing(clause):
    assert tracks(extract(INTRO, SONG + clause))["Salt Hymn"][0] == SHARED[clause]


@pytest.mark.parametrize(
    "clause",
    [
        "which Ned Orr wrote about in his memoir.",
        "which Ned Orr and Cora Lusk split between them.",
    ],
)
def test_no_writer_from_another_deed(clause):
    assert tracks(extract(INTRO, SONG + clause))["Salt Hymn"][0] == []
