"""A song's writers or singer named by a role noun, not a verb: "Its writers were A
and B", "It has three writers: A, B and C", "the writing credit is divided between A
and B", "A, their drummer, is the sole writer", "Its singer was C". Every sentence
here is invented for the test."""

import pytest

from .test_credit_rules import tracks
from .test_discourse import extract

INTRO = "The barn dance is set to “Hay Moon” by the Fenns."


@pytest.mark.parametrize(
    "sentence, composers",
    [
        ("Its writers were Ida Fenn and Ned Orr.", ["Ida Fenn", "Ned Orr"]),
        (
            "The song's two songwriters are Ida Fenn and Ned Orr, old school friends.",
            ["Ida Fenn", "Ned Orr"],
        ),
        (
            "It has three writers: Ida Fenn, Ned Orr and Cora Fenn.",
            ["Ida Fenn", "Ned Orr", "Cora Fenn"],
        ),
        ("The track had two writers, Ida Fenn and Ned Orr.", ["Ida Fenn", "Ned Orr"]),
        (
            "Their label pressed it twice; the writing credit was shared between "
            "Ida Fenn and Ned Orr.",
            ["Ida Fenn", "Ned Orr"],
        ),
        ("Ned Orr, their drummer, is the sole writer.", ["Ned Orr"]),
        ("Ida Fenn and Ned Orr were its co-writers.", ["Ida Fenn", "Ned Orr"]),
        # traps: a film's writers, a script, a bare "the writers", no names
        ("The film's writers were Ida Fenn and Ned Orr.", []),
        ("Its writers were Ida Fenn and Ned Orr, who also wrote the script.", []),
        ("The writers were Ida Fenn and Ned Orr.", []),
        ("Its writers are unknown, though Ida Fenn claims it.", []),
        ("The writing credit on the film is split between Ida Fenn and Ned Orr.", []),
    ],
)
def test_writers_named_by_a_role_noun(sentence, composers):
    assert tracks(extract(INTRO + " " + sentence)) == {
        "Hay Moon": (composers, ["Fenns"])
    }


@pytest.mark.parametrize(
    "sentence, performers",
    [
        ("Its singer was Ida Fenn.", ["Fenns", "Ida Fenn"]),
        ("Singer is Ida Fenn.", ["Fenns", "Ida Fenn"]),
        ("The song's lead vocalist is Ida Fenn.", ["Fenns", "Ida Fenn"]),
        # traps: the film's singer, a singer who is no name
        ("The film's singer is Ida Fenn.", ["Fenns"]),
        ("Its singer was a nurse from Leeds.", ["Fenns"]),
    ],
)
def test_a_singer_named_by_a_role_noun(sentence, performers):
    assert tracks(extract(INTRO + " " + sentence)) == {"Hay Moon": ([], performers)}


def test_its_writers_after_a_sentence_about_the_film_are_not_the_songs():
    post = extract(INTRO, "Harvest Road is a slow drama. Its writers were Ida Fenn.")
    assert tracks(post) == {"Hay Moon": ([], ["Fenns"])}


@pytest.mark.parametrize(
    "paragraph, people",
    [
        (INTRO + " The lyricist is Ned Orr.", (["Ned Orr"], ["Fenns"])),
        (
            INTRO + " Writers of record Ned Orr and Cora Vane (an even split).",
            (["Ned Orr", "Cora Vane"], ["Fenns"]),
        ),
        (INTRO + " Credit, the songwriters: Ned Orr.", (["Ned Orr"], ["Fenns"])),
        (INTRO + " The voice: Ida Fenn.", ([], ["Fenns", "Ida Fenn"])),
        # traps: the film's composer, a role noun far from the song
        (INTRO + " The film's lyricist is Ned Orr.", ([], ["Fenns"])),
        (INTRO + " Writer: Ned Orr.", ([], ["Fenns"])),
        (
            INTRO + " The picture opened in May. The lyricist is Ned Orr.",
            ([], ["Fenns"]),
        ),
    ],
)
def test_a_bare_role_noun_just_after_the_song(paragraph, people):
    assert tracks(extract(paragraph))["Hay Moon"] == people
