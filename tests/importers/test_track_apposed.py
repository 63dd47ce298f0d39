"""A quoted title in apposition with a noun for a piece of music ("“X”, a spare
acoustic piece", "the slow air “X”") in a sentence that says where it is heard, or named by "the song" across an aside ("The
big single, for most people, was “X”"); and a credit opening a sentence whose
subject is "the single" after a run of credits."""

import pytest

from .test_discourse import extract, facts, titles


@pytest.mark.parametrize(
    "sentence",
    [
        "Halfway through, the montage hands over to “Quarry Light”, a piece the"
        " Welsh composer Ivo Kerr wrote for the picture.",
        "Over the final shot comes ‘Quarry Light’, a Nell Tarrant piano piece she"
        " recorded in one take.",
        "The ferry leaves to “Quarry Light”, the B-side, over the closing shot.",
        "Best of all is the old air “Quarry Light” on a lone fiddle in the wake scene.",
        "Over the wedding the choir sings a Cornish lullaby, “Quarry Light”.",
    ],
)
def test_a_noun_for_a_piece_of_music_beside_a_title_makes_it_a_track(sentence):
    assert titles(extract(sentence)) == ["Quarry Light"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Critics loved “Quarry Light”, a piece of pure nonsense about miners.",
        "Everyone quotes “Quarry Light”, a piece in the Sunday paper about the shoot.",
        "Critics quoted “Quarry Light”, an opinion piece on the remake.",
        "The band also cut “Quarry Light”, their other ballad from that winter.",
        "Fans still ask for “Quarry Light”, a bonus instrumental on the reissue.",
        "The box set adds the lost “Quarry Light”, a short piano cue.",
    ],
)
def test_a_piece_of_writing_or_another_record_is_no_track(sentence):
    assert titles(extract(sentence)) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The record's best-known song, though, is “Quarry Light”.",
        "The film's big single, for most people, was “Quarry Light”.",
        "The theme, of course, is “Quarry Light”.",
    ],
)
def test_the_song_is_a_title_across_an_aside(sentence):
    assert titles(extract(sentence)) == ["Quarry Light"]


def test_the_other_song_across_an_aside_is_no_track():
    post = extract("The band's other single, sadly, was “Quarry Light”.")
    assert titles(post) == []


@pytest.mark.parametrize(
    "credit",
    [
        "Sung by Nell Tarrant, with music by Ivo Kerr, the single went to No. 9.",
        "Performed by Nell Tarrant, and written by Ivo Kerr, the song sold well.",
        "Recorded by Nell Tarrant in Leeds, with words by Ivo Kerr, the track charted.",
    ],
)
def test_credits_opening_a_sentence_go_to_the_song_its_subject_names(credit):
    post = extract("The record's best-known song is “Quarry Light”. " + credit)
    (track,) = facts(post, "track")
    assert (track["performers"], track["composers"]) == (["Nell Tarrant"], ["Ivo Kerr"])


def test_credits_opening_a_sentence_about_the_album_are_not_the_songs():
    post = extract(
        "The record's best-known song is “Quarry Light”. Sung by Nell Tarrant, with"
        " music by Ivo Kerr, the album went to No. 9 on the UK Albums Chart."
    )
    (track,) = facts(post, "track")
    assert (track["performers"], track["composers"]) == ([], [])


@pytest.mark.parametrize(
    "sentence",
    [
        "Ivo Kerr also wrote the song that Nell Tarrant sings over the opening"
        " credits, “Quarry Light”.",
        "Kerr wrote the little piece the choir sings at the wedding, “Quarry Light”,"
        " which never made the LP.",
        "The tune that plays over the final dance is “Quarry Light”.",
        "Over the last scene plays the ballad Nell Tarrant wrote for her sister,"
        " “Quarry Light”.",
    ],
)
def test_a_song_described_by_a_clause_then_its_title_is_a_track(sentence):
    assert titles(extract(sentence)) == ["Quarry Light"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ivo Kerr wrote the song that made him famous, “Quarry Light”.",
        "Kerr later wrote the other ballad that plays over the dance, “Quarry Light”.",
    ],
)
def test_a_described_song_not_heard_or_another_is_no_track(sentence):
    assert titles(extract(sentence)) == []


def test_it_in_an_idiom_points_at_no_song():
    post = extract(
        "The montage plays “Quarry Light” by Nell Tarrant.",
        "The march, believe it or not, charted too: No. 8 on the adult contemporary"
        " chart.",
    )
    assert not facts(post, "chart_fact")


@pytest.mark.parametrize(
    "sentence",
    [
        "When the engine turns over, it's Nell Tarrant belting “Quarry Light”.",
        "Over the last dance Nell Tarrant croons “Quarry Light” to nobody.",
        "The radio is warbling out “Quarry Light” as the lights go down.",
    ],
)
def test_a_singers_voice_on_a_title_makes_it_a_track(sentence):
    assert titles(extract(sentence)) == ["Quarry Light"]


def test_a_character_humming_a_tune_is_no_track():
    post = extract(
        "The old ferryman hums “Quarry Light” in one scene; no recording exists."
    )
    assert titles(post) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Nell Tarrant had a demo called ‘Quarry Light’ that she wrote with Ivo Kerr.",
        "The montage needed an instrumental, so they used a short instrumental titled"
        " “Quarry Light”.",
        "The film closes on an old lullaby named “Quarry Light”.",
    ],
)
def test_a_kind_of_song_called_a_title_is_a_track(sentence):
    assert titles(extract(sentence)) == ["Quarry Light"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Nell Tarrant made a film called “Quarry Light” in 1990.",
        "The montage plays “Low Lamps”. Years later Nell Tarrant cut a demo called"
        " “Quarry Light”.",
    ],
)
def test_a_demo_called_a_title_after_the_posts_song_or_a_film_is_no_track(sentence):
    assert "Quarry Light" not in titles(extract(sentence))
