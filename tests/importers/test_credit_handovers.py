"""A song handed from its writer to its performer, with an apposition that says
who the name is: "She gave it to A, a synth trio" (A performs it), "the song came
from A, a jingle man" (A wrote it). Every sentence here is invented for the
test."""

import pytest

from .test_credit_rules import tracks
from .test_discourse import extract

INTRO = "The barn dance is set to “Hay Moon”."


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Cora gave it to the Corn Dollies, a folk trio from Hull.",
            ([], ["Corn Dollies"]),
        ),
        ("The recording went to Tarrow Vale, a pub band.", ([], ["Tarrow Vale"])),
        ("The song came from Ned Orr, a jingle man from Leeds.", (["Ned Orr"], [])),
        ("The tune came from Ned Orr, a session pianist.", (["Ned Orr"], [])),
        ("Cora gave it to Ned Orr, who lost it.", ([], [])),
        ("The money came from Ned Orr, a producer.", ([], [])),
        ("The money came from Ned Orr, a bassist.", ([], [])),
        ("The song came from Tarrow Vale, a pub band.", ([], [])),
    ],
)
def test_a_song_handed_to_its_performer_or_from_its_writer(sentence, expected):
    assert tracks(extract(INTRO, sentence)) == {"Hay Moon": expected}


def test_a_title_with_an_aside_came_from_its_writer():
    post = extract(
        INTRO, "“Hay Moon” (the spelling is the label's) came from Ned Orr, a fiddler."
    )
    assert tracks(post) == {"Hay Moon": (["Ned Orr"], [])}


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The Corn Dollies' fiddler Ida Fenn wrote it, and the band cut it in a day.",
            (["Ida Fenn"], ["Corn Dollies"]),
        ),
        ("Ida Fenn wrote it, and the band recorded it in a day.", (["Ida Fenn"], [])),
        (
            "Ned Orr's drummer and Cora Lusk's pianist wrote it, and the band cut it.",
            ([], []),
        ),
    ],
)
def test_the_band_whose_member_the_sentence_names_performs_it(sentence, expected):
    assert tracks(extract(INTRO, sentence)) == {"Hay Moon": expected}
