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


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The montage is cut to “Pier Lamps”, an instrumental by Otto Brill, "
            "played by the Gannet Quartet.",
            (["Otto Brill"], ["Gannet Quartet"]),
        ),
        (
            "The montage is cut to “Pier Lamps”, a piece by the Welsh composer Otto "
            "Brill, recorded by the Gannet Quartet in a chapel.",
            (["Otto Brill"], ["Gannet Quartet"]),
        ),
        (
            "The montage is cut to “Pier Lamps”, an instrumental by Otto Brill, "
            "played by the Gannet Quartet with Brill himself on the cello.",
            (["Otto Brill"], ["Otto Brill", "Gannet Quartet"]),
        ),
    ],
)
def test_a_piece_by_one_and_played_by_another_is_the_first_ones(sentence, expected):
    assert tracks(extract(sentence)) == {"Pier Lamps": expected}


def test_the_team_who_wrote_it_is_the_names_after_it():
    post = extract(
        "“Pier Lamps”, sung by Ada Gannet, and the brother-and-sister team who "
        "wrote it, Otto Brill and Lena Brill."
    )
    assert tracks(post) == {
        "Pier Lamps": (["Otto Brill", "Lena Brill"], ["Ada Gannet"])
    }


def test_a_mezzo_before_a_name_is_her_role():
    post = extract("The song is “Pier Lamps”, sung by the Cork-born mezzo Ada Gannet.")
    assert tracks(post) == {"Pier Lamps": ([], ["Ada Gannet"])}


def test_one_credited_to_two_and_then_singing_is_the_subject_after_and():
    post = extract(
        "The song is “Pier Lamps”.",
        "“Pier Lamps” is credited to Otto Brill and Lena Moss, and Brill sings it.",
    )
    assert tracks(post)["Pier Lamps"][1] == ["Otto Brill"]


def test_with_a_singer_on_vocals_performs_it():
    post = extract(
        "That's “Pier Lamps” by the duo Brill & Moss, with Ada Gannet on vocals."
    )
    assert tracks(post) == {"Pier Lamps": ([], ["Brill & Moss", "Ada Gannet"])}


def test_with_someone_on_the_roof_is_no_player():
    post = extract("That's “Pier Lamps” by Brill & Moss, with Ada Gannet on the roof.")
    assert tracks(post) == {"Pier Lamps": ([], ["Brill & Moss"])}


def test_the_members_named_after_a_duo_are_not_performers_beside_it():
    post = extract(
        "The song is “Pier Lamps” by the duo Brill & Moss, Otto Brill and Lena Moss, "
        "who wrote it together."
    )
    assert tracks(post) == {
        "Pier Lamps": (["Otto Brill", "Lena Moss"], ["Brill & Moss"])
    }


def test_a_denied_singer_named_by_surname_later_stays_out():
    post = extract(
        "The song “Pier Lamps” was not sung by Ada Gannet, as you wrote.",
        "It was sung by the Moss Brothers. Miss Gannet sang it on the radio advert only.",
    )
    assert tracks(post)["Pier Lamps"][1] == ["Moss Brothers"]


def test_an_act_doing_a_title_taken_later_performs_it():
    post = extract(
        "The montage is Tin Lanterns doing “Pier Lamps” while the kids skate.",
        "Otto Brill wrote it in a week.",
    )
    assert tracks(post) == {"Pier Lamps": (["Otto Brill"], ["Tin Lanterns"])}


def test_a_writer_who_the_sleeve_says_played_on_it_performs_it():
    post = extract(
        SONG,
        "Composed by Otto Brill, who according to the sleeve also played every "
        "synthesiser on it.",
    )
    assert tracks(post) == {
        "Pier Lamps": (["Otto Brill"], ["Gannet Sisters", "Otto Brill"])
    }


def test_a_writer_named_the_singer_sings_it_when_no_one_else_does():
    post = extract(
        "“Pier Lamps” was co-written by Otto Brill and the singer, Ada Gannet."
    )
    assert tracks(post) == {
        "Pier Lamps": (["Otto Brill", "Ada Gannet"], ["Ada Gannet"])
    }
    post = extract(SONG, "It was co-written by Otto Brill and the singer, Ada Gannet.")
    assert tracks(post)["Pier Lamps"][1] == ["Gannet Sisters"]


def test_a_song_by_one_act_recorded_by_another_is_no_writing_credit():
    post = extract(
        "The montage is cut to “Pier Lamps”, a song by the Gannets, recorded by Len "
        "Moss for the film."
    )
    assert "Gannets" not in tracks(post)["Pier Lamps"][0]
