"""Who a clause after an act's apposition means: "by the Bs, the duo A and C, who
wrote it together" (A and C, not the Bs); "she" after "“X” is A's song" (A). Every
sentence here is invented for the test."""

import pytest

from .test_credit_rules import tracks
from .test_discourse import extract


@pytest.mark.parametrize(
    "sentence",
    [
        "The film ends on “Hay Moon” by the Fenns, the sister act Ida and Cora Fenn, "
        "who wrote it together.",
        "The film ends on “Hay Moon” by the Fenns, the duo Ida Fenn and Cora Fenn, "
        "who wrote it.",
    ],
)
def test_the_members_apposed_to_an_act_wrote_it(sentence):
    assert tracks(extract(sentence)) == {
        "Hay Moon": (["Ida Fenn", "Cora Fenn"], ["Fenns"])
    }


def test_a_duet_whose_singers_wrote_it_together():
    post = extract(
        "The song is “Hay Moon”, a duet by Ida Fenn and Ned Orr, who wrote it together."
    )
    assert tracks(post) == {
        "Hay Moon": (["Ida Fenn", "Ned Orr"], ["Ida Fenn", "Ned Orr"])
    }


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("“Hay Moon” is Ida Fenn's song: she sings it.", ([], ["Ida Fenn"])),
        ("“Hay Moon” is Ida Fenn's single, and she sang it live.", ([], ["Ida Fenn"])),
        ("“Hay Moon” was Ida Fenn's favourite, though she never sang it.", ([], [])),
    ],
)
def test_she_after_a_song_of_her_own(sentence, expected):
    post = extract("The barn dance is set to “Hay Moon”.", sentence)
    assert tracks(post) == {"Hay Moon": expected}


@pytest.mark.parametrize(
    "sentence, performers",
    [
        (
            "Ida Fenn wrote “Hay Moon”, and Ned Orr and the Tarrow Valley Band "
            "recorded it.",
            ["Ned Orr and the Tarrow Valley Band"],
        ),
        (
            "Ida Fenn wrote “Hay Moon”, and Ned Orr and the Tarrow Choir recorded it.",
            ["Ned Orr", "Tarrow Choir"],
        ),
    ],
)
def test_a_name_and_the_band_named_band_make_one_act(sentence, performers):
    assert tracks(extract(sentence)) == {"Hay Moon": (["Ida Fenn"], performers)}


@pytest.mark.parametrize(
    "sentence, performers",
    [
        ("Ida Fenn sings the song over the closing shot, “Hay Moon”.", ["Ida Fenn"]),
        (
            "Ida Fenn, who sings the song in the barn scene, “Hay Moon”, is Cora's aunt.",
            ["Ida Fenn"],
        ),
        ("Ida Fenn sings the closing song, “Hay Moon”.", ["Ida Fenn"]),
    ],
)
def test_a_title_apposed_to_the_song_after_its_scene(sentence, performers):
    assert tracks(extract(sentence)) == {"Hay Moon": ([], performers)}


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "“Hay Moon” is Ida Fenn's song: she sings it and co-wrote it with Ned Orr.",
            (["Ida Fenn", "Ned Orr"], ["Ida Fenn"]),
        ),
        (
            "“Hay Moon” is Ida Fenn's song: she sings it, and wrote it too.",
            (["Ida Fenn"], ["Ida Fenn"]),
        ),
    ],
)
def test_she_shares_her_second_credit_verb(sentence, expected):
    post = extract("The barn dance is set to “Hay Moon”.", sentence)
    assert tracks(post) == {"Hay Moon": expected}
