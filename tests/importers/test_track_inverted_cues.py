"""A title heard in a sentence turned round, its verb before its subject ("Beneath
the whole sequence runs a long cello cue, “X”", "Over the closing shots plays “X”"),
is a song of the film; "Under the bed sits a copy of “X”" or "Over the years I
played “X”" say nothing of the kind. Each sentence is our own."""

import pytest

from .test_discourse import extract, titles

FILM = "The film is <i>Gull Point</i> (1983)."
TURNED = (
    "Beneath the whole sequence runs a long cello cue, “Salt Kiss”, which Ida Marr "
    "scored for two cellos.",
    "Over the closing shots of the harbour plays “Salt Kiss”, and then silence.",
    "Beneath the rowing scenes drifts a slow waltz, “Salt Kiss”.",
)


def test_a_turned_round_sentence_of_hearing():
    for said in TURNED:
        assert (said, titles(extract(FILM, said))) == (said, ["Salt Kiss"])


@pytest.mark.parametrize(
    "said",
    [
        "Under the bed sits a copy of “Salt Kiss”, my sister's.",
        "Over the years I played “Salt Kiss” at every party.",
    ],
)
def test_a_thing_or_a_subject_before_the_verb_is_no_cue(said):
    assert titles(extract(FILM, said)) == []
