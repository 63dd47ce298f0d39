"""More wordings of song credits by writers nobody tuned for: "It's by A", a credit
with an adverb before "by", a singer "joined by" a choir, a writing credit given,
listed or shared. Every sentence here is invented for the test."""

import pytest

from .test_credit_rules import tracks
from .test_discourse import extract

INTRO = "The barn dance is set to “Hay Moon”."


# -- "It's by A" ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, performer",
    [
        ("It’s by Tilly Braddock.", "Tilly Braddock"),
        ("It is by the Corn Dollies.", "Corn Dollies"),
        ("It was by Tilly Braddock & the Harrows.", "Tilly Braddock & the Harrows"),
    ],
)
def test_it_is_by_a_names_the_performer(sentence, performer):
    assert tracks(extract(f"{INTRO} {sentence}")) == {"Hay Moon": ([], [performer])}


def test_it_is_by_a_far_from_the_song_may_be_the_film():
    post = extract(INTRO, "The plot is thin.", "It’s by Tilly Braddock, again.")
    assert tracks(post) == {"Hay Moon": ([], [])}


@pytest.mark.parametrize(
    "sentence",
    [
        "It was by March the most requested song on the station.",
        "It’s by Tilly Braddock's own account a rushed recording.",
        "It’s by far the best song Tilly Braddock ever sang.",
    ],
)
def test_it_is_by_a_time_an_account_or_a_film_credits_no_one(sentence):
    assert tracks(extract(INTRO, sentence)) == {"Hay Moon": ([], [])}


def test_it_is_by_after_a_film_credits_no_track():
    post = extract("The film is Hay Moon Rising.", "It’s by Tilly Braddock.")
    assert tracks(post) == {}


# -- An adverb between the credit and "by" ---------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "“Hay Moon” was written by Cora Lusk and sung, rather shakily, by Ned Orr.",
        "“Hay Moon”, written by Cora Lusk, is sung here by Ned Orr.",
        "“Hay Moon” was written by Cora Lusk and sung tenderly by Ned Orr.",
        "“Hay Moon” was written by Cora Lusk and sung live by Ned Orr.",
    ],
)
def test_an_adverb_before_by_keeps_the_credit(sentence):
    assert tracks(extract(sentence)) == {"Hay Moon": (["Cora Lusk"], ["Ned Orr"])}


@pytest.mark.parametrize("hedge", ["supposedly", "allegedly", "reportedly"])
def test_a_hedge_before_by_is_no_credit(hedge):
    post = extract(INTRO, f"It was written, {hedge}, by Ned Orr.")
    assert tracks(post) == {"Hay Moon": ([], [])}


# -- A writing credit claimed, listed or given -----------------------------------------

SUNG = "The hayride is set to “Hay Moon”, sung by Ned Orr."


@pytest.mark.parametrize(
    "sentence",
    [
        "Cora Lusk and Abe Tull are credited with writing it.",
        "Cora Lusk and Abe Tull were jointly credited with writing the song.",
        "Cora Lusk and Abe Tull are credited with co-writing “Hay Moon”.",
        "The sleeve notes list Cora Lusk and Abe Tull as the songwriters.",
        "The credits name Cora Lusk and Abe Tull as its composers.",
        "The writing credit goes to Cora Lusk and Abe Tull.",
        "The songwriting credit belongs to Cora Lusk and Abe Tull.",
    ],
)
def test_a_writing_credit_claimed_listed_or_given(sentence):
    post = extract(f"{SUNG} {sentence}")
    assert tracks(post) == {"Hay Moon": (["Cora Lusk", "Abe Tull"], ["Ned Orr"])}


@pytest.mark.parametrize(
    "sentence",
    [
        "Cora Lusk and Abe Tull are credited with writing the script.",
        "The film's credits list Cora Lusk and Abe Tull as the writers.",
        "The credits list Cora Lusk and Abe Tull as the producers.",
        "The writing credit on the film goes to Cora Lusk and Abe Tull.",
        "Cora Lusk and Abe Tull are credited with writing the screenplay.",
        "The screenwriting credit goes to Cora Lusk and Abe Tull.",
    ],
)
def test_a_writing_credit_of_the_film_is_no_song_credit(sentence):
    assert tracks(extract(SUNG, sentence)) == {"Hay Moon": ([], ["Ned Orr"])}


# -- A singer joined by others ---------------------------------------------------------


@pytest.mark.parametrize("verb", ["joined", "backed", "accompanied"])
def test_a_singer_joined_by_others_shares_the_performance(verb):
    post = extract(INTRO, f"It’s sung by Ned Orr, {verb} by the Mill Lane Singers.")
    assert tracks(post) == {"Hay Moon": ([], ["Ned Orr", "Mill Lane Singers"])}


def test_a_writer_joined_by_someone_gives_them_no_part():
    post = extract(INTRO, "It was written by Cora Lusk, joined by Abe Tull.")
    assert tracks(post) == {"Hay Moon": (["Cora Lusk"], [])}


def test_joined_by_someone_doing_something_else_is_no_performer():
    post = extract(INTRO, "It’s sung by Ned Orr, joined by Abe Tull's crew in June.")
    assert tracks(post) == {"Hay Moon": ([], ["Ned Orr"])}


# -- An act seen doing a song, a band "& the Bs" ---------------------------------------

KNOWN = "The barn dance is set to “Hay Moon”, written by Cora Lusk."


@pytest.mark.parametrize(
    "sentence, act",
    [
        ("The Corn Dollies did “Hay Moon” for the film.", "The Corn Dollies"),
        ("The band on stage is the Corn Dollies, doing “Hay Moon”.", "Corn Dollies"),
        (
            "The band at the dance was Tilly Braddock & the Harrows, playing “Hay Moon”.",
            "Tilly Braddock & the Harrows",
        ),
        (
            "Tilly Braddock & the Harrows recorded “Hay Moon”.",
            "Tilly Braddock & the Harrows",
        ),
        ("Tilly Braddock contributes “Hay Moon”.", "Tilly Braddock"),
        (
            "Everyone remembers “Hay Moon,” which the Corn Dollies play twice a night.",
            "Corn Dollies",
        ),
    ],
)
def test_an_act_seen_doing_a_known_track_performs_it(sentence, act):
    assert tracks(extract(KNOWN, sentence)) == {"Hay Moon": (["Cora Lusk"], [act])}


@pytest.mark.parametrize(
    "sentence",
    [
        "Tilly Braddock, playing “Hay Moon” on the jukebox, says nothing.",
        "The Corn Dollies never did “Hay Moon” justice.",
    ],
)
def test_an_act_playing_the_record_or_doing_it_justice_is_no_performer(sentence):
    assert tracks(extract(KNOWN, sentence)) == {"Hay Moon": (["Cora Lusk"], [])}


# -- A part of the song with a passive credit ------------------------------------------

TOLD = "The hayride is set to “Hay Moon” by Ned Orr."


@pytest.mark.parametrize(
    "sentence, writers",
    [
        (
            "The melody was composed by Cora Lusk and the lyrics are by Abe Tull.",
            ["Cora Lusk", "Abe Tull"],
        ),
        ("The lyrics were written by Abe Tull.", ["Abe Tull"]),
        ("Its words were penned by Abe Tull.", ["Abe Tull"]),
    ],
)
def test_a_part_of_the_song_written_by_a_names_a_writer(sentence, writers):
    assert tracks(extract(TOLD, sentence)) == {"Hay Moon": (writers, ["Ned Orr"])}


@pytest.mark.parametrize(
    "sentence",
    [
        "The music was composed by Abe Tull.",
        "The film drags, and its music was composed by Abe Tull.",
    ],
)
def test_the_music_composed_by_a_alone_may_be_the_score(sentence):
    assert tracks(extract(TOLD, sentence)) == {"Hay Moon": ([], ["Ned Orr"])}


# -- "A's voice on that song" ----------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Tilly Braddock’s voice on that song still gives me chills.",
        "Honestly, Tilly Braddock's vocal on it is the only reason to watch.",
        "I keep replaying Tilly Braddock's singing on “Hay Moon”.",
    ],
)
def test_a_voice_on_the_song_names_its_performer(sentence):
    post = extract(KNOWN, sentence)
    assert tracks(post) == {"Hay Moon": (["Cora Lusk"], ["Tilly Braddock"])}


@pytest.mark.parametrize(
    "sentence",
    [
        "Tilly Braddock's voice on the radio announces the winners.",
        "Tilly Braddock's voice on the phone is the film's best scene.",
        "The sheriff's voice on that song is dubbed.",
    ],
)
def test_a_voice_on_something_else_is_no_performer(sentence):
    assert tracks(extract(KNOWN, sentence)) == {"Hay Moon": (["Cora Lusk"], [])}


# -- Duets ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "“Hay Moon” is a duet for Tilly Braddock and Ned Orr.",
        "Nobody forgets “Hay Moon”, which Tilly Braddock and Ned Orr duet on.",
    ],
)
def test_the_singers_of_a_duet(sentence):
    post = extract(KNOWN, sentence)
    assert tracks(post) == {"Hay Moon": (["Cora Lusk"], ["Tilly Braddock", "Ned Orr"])}


@pytest.mark.parametrize(
    "sentence",
    [
        "“Hay Moon” is a duet for the two leads.",
        "Tilly Braddock and Ned Orr duet on “Hay Moon” and “Low Barn”.",
    ],
)
def test_a_duet_for_no_one_named_or_two_titles_credits_no_one(sentence):
    post = extract(KNOWN, "“Low Barn” plays later, sung by Abe Tull.", sentence)
    assert tracks(post)["Hay Moon"] == (["Cora Lusk"], [])


# -- Two role phrases before a name ----------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "“Hay Moon” is by Tilly Braddock, who wrote it with her brother, the fiddler "
        "Abe Tull.",
        "“Hay Moon” is sung by Tilly Braddock. She wrote it with her husband, the "
        "banjo player Abe Tull.",
    ],
)
def test_a_kin_then_a_role_before_the_co_writer(sentence):
    assert tracks(extract(sentence)) == {
        "Hay Moon": (["Tilly Braddock", "Abe Tull"], ["Tilly Braddock"])
    }


def test_a_kin_then_a_role_with_no_name_adds_no_one():
    post = extract(
        "“Hay Moon” is sung by Tilly Braddock. She wrote it with her husband, the "
        "fiddler in the house band."
    )
    assert tracks(post) == {"Hay Moon": (["Tilly Braddock"], ["Tilly Braddock"])}


# -- A song noun as the subject of a credit --------------------------------------------


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The duet is sung by Tilly Braddock and Ned Orr.",
            ([], ["Tilly Braddock", "Ned Orr"]),
        ),
        ("This waltz was written by Abe Tull.", (["Abe Tull"], [])),
    ],
)
def test_a_song_noun_opening_the_credit_is_the_last_track(sentence, expected):
    assert tracks(extract(INTRO, sentence)) == {"Hay Moon": expected}


def test_a_song_noun_after_an_album_credits_no_track():
    post = extract(
        INTRO,
        "The soundtrack album, <i>Hay Days</i>, came out on Barn Records.",
        "The duet is sung by Tilly Braddock and Ned Orr.",
    )
    assert tracks(post) == {"Hay Moon": ([], [])}


def test_a_song_noun_later_in_the_clause_is_not_read_as_its_subject():
    post = extract(INTRO, "I think the duet is sung by Tilly Braddock.")
    assert tracks(post) == {"Hay Moon": ([], [])}


# -- A quoted title "credited to" names ------------------------------------------------


@pytest.mark.parametrize(
    "sentence, writers",
    [
        (
            "“Hay Moon” is credited to all four of them, Ida Fenn, Kit Lowe, Dov Sands "
            "and Oli Brack.",
            ["Ida Fenn", "Kit Lowe", "Dov Sands", "Oli Brack"],
        ),
        ("“Hay Moon” was credited to Ida Fenn and Kit Lowe.", ["Ida Fenn", "Kit Lowe"]),
    ],
)
def test_a_title_credited_to_names_its_writers(sentence, writers):
    assert tracks(extract(INTRO, sentence)) == {"Hay Moon": (writers, [])}


def test_a_title_credited_to_one_name_is_its_artist():
    # credit_credited_to: a record's one credited name is its act.
    post = extract(INTRO, "“Hay Moon” was credited to Ida Fenn on the label.")
    assert tracks(post) == {"Hay Moon": ([], ["Ida Fenn"])}
    post = extract(
        INTRO, "“Hay Moon” was credited to Ida Fenn, who co-wrote it with Kit Lowe."
    )
    assert tracks(post) == {"Hay Moon": (["Ida Fenn", "Kit Lowe"], ["Ida Fenn"])}


def test_a_title_credited_to_a_band_names_its_performer_not_its_writer():
    post = extract(INTRO, "“Hay Moon” is credited to Ida Fenn & the Lanterns.")
    assert tracks(post) == {"Hay Moon": ([], ["Ida Fenn & the Lanterns"])}


# -- "“X” was A's first hit" -----------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, act",
    [
        ("“Hay Moon” was the Corn Dollies' first real hit.", "Corn Dollies"),
        ("“Hay Moon” is Tilly Braddock’s biggest single.", "Tilly Braddock"),
        ("“Hay Moon” became Tilly Braddock's only hit.", "Tilly Braddock"),
    ],
)
def test_a_title_that_was_an_act_s_hit_names_its_performer(sentence, act):
    assert tracks(extract(KNOWN, sentence)) == {"Hay Moon": (["Cora Lusk"], [act])}


@pytest.mark.parametrize(
    "sentence",
    [
        "“Hay Moon” is Tilly Braddock's favourite single.",
        "“Hay Moon” was Barnyard Records' biggest single.",
        "“Hay Moon” was Tilly Braddock's pick for the wedding.",
    ],
)
def test_a_fan_s_or_a_label_s_single_names_no_performer(sentence):
    assert tracks(extract(KNOWN, sentence)) == {"Hay Moon": (["Cora Lusk"], [])}


def test_singing_another_writer_s_song_names_the_writer():
    post = extract(INTRO, "That's Tilly Braddock singing another Abe Tull song.")
    assert tracks(post) == {"Hay Moon": (["Abe Tull"], ["Tilly Braddock"])}


def test_singing_another_song_names_no_writer():
    post = extract(INTRO, "That's Tilly Braddock singing another song.")
    assert tracks(post)["Hay Moon"][0] == []


# -- "this instrumental" after a credit verb -------------------------------------------


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Abe Tull wrote and played this fiddle instrumental alone.",
            (["Abe Tull"], []),
        ),
        ("Tilly Braddock sang that lovely waltz.", ([], ["Tilly Braddock"])),
    ],
)
def test_a_demonstrative_song_noun_after_a_credit_verb_is_the_last_track(
    sentence, expected
):
    assert tracks(extract(INTRO, sentence)) == {"Hay Moon": expected}


@pytest.mark.parametrize(
    "sentence",
    [
        "Abe Tull wrote this review in 1990.",
        "Abe Tull wrote and played the sheriff in the film.",
    ],
)
def test_a_demonstrative_without_a_song_noun_credits_no_one(sentence):
    assert tracks(extract(INTRO, sentence)) == {"Hay Moon": ([], [])}


# -- "the eldest of them, A" -----------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, writer",
    [
        (
            "“Hay Moon” is the reel, played by the Tull Sisters and written by the "
            "eldest of them, Ada Tull.",
            "Ada Tull",
        ),
        (
            "“Hay Moon” is the reel, played by the Tull Sisters and written by the "
            "younger of the two, Bea Tull.",
            "Bea Tull",
        ),
    ],
)
def test_one_of_the_act_named_after_a_rank(sentence, writer):
    assert tracks(extract(sentence)) == {"Hay Moon": ([writer], ["Tull Sisters"])}


def test_a_rank_with_no_name_after_it_credits_no_one():
    post = extract(
        "“Hay Moon” is the reel, played by the Tull Sisters and written by the eldest "
        "of them in 1950."
    )
    assert tracks(post) == {"Hay Moon": ([], ["Tull Sisters"])}


@pytest.mark.parametrize(
    "sentence",
    [
        "The credits list Cora Lusk and Abe Tull as the writers.",
        "The writing credit goes to Cora Lusk.",
    ],
)
def test_the_writers_alone_far_from_the_song_may_be_the_film_s(sentence):
    post = extract(SUNG, "The plot is thin.", sentence)
    assert tracks(post) == {"Hay Moon": ([], ["Ned Orr"])}


def test_the_songwriters_far_from_the_song_are_still_its_writers():
    post = extract(
        SUNG, "The plot is thin.", "The sleeve notes list Cora Lusk as the songwriter."
    )
    assert tracks(post) == {"Hay Moon": (["Cora Lusk"], ["Ned Orr"])}


def test_credited_with_writing_it_far_from_the_song_may_be_the_script():
    post = extract(
        SUNG,
        "The plot is thin.",
        "Cora Lusk and Abe Tull are credited with writing it.",
    )
    assert tracks(post) == {"Hay Moon": ([], ["Ned Orr"])}


def test_a_place_before_playing_a_song_is_no_performer():
    post = extract(
        KNOWN, "We met Tilly at the Blue Lantern, playing “Hay Moon” all night."
    )
    assert tracks(post) == {"Hay Moon": (["Cora Lusk"], [])}


# -- "The single, “X”, belongs to A" ---------------------------------------------------


def test_a_single_that_belongs_to_an_act_names_its_performer():
    post = extract(
        KNOWN, "The second single, “Hay Moon,” belongs to Tilly Braddock, not to Cora."
    )
    assert tracks(post) == {"Hay Moon": (["Cora Lusk"], ["Tilly Braddock"])}


def test_a_song_that_belongs_to_someone_names_no_performer():
    post = extract(KNOWN, "The song, “Hay Moon,” belongs to Tilly Braddock now.")
    assert tracks(post) == {"Hay Moon": (["Cora Lusk"], [])}


# -- "she didn't write it: A and B did" ------------------------------------------------


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "“Hay Moon” is sung by Tilly Braddock, though she didn’t write it: Ida "
            "Fenn and Kit Lowe did, one wet weekend.",
            (["Ida Fenn", "Kit Lowe"], ["Tilly Braddock"]),
        ),
        (
            "Cora Lusk wrote “Hay Moon” but never sang it; Tilly Braddock did.",
            (["Cora Lusk"], ["Tilly Braddock"]),
        ),
    ],
)
def test_someone_else_did_what_the_post_denies(sentence, expected):
    assert tracks(extract(sentence)) == {"Hay Moon": expected}


def test_a_denial_then_a_name_that_did_something_else_credits_no_one():
    post = extract(
        "“Hay Moon” is sung by Tilly Braddock, though she didn’t write it: Ida Fenn "
        "says so, and Kit Lowe did the artwork."
    )
    assert tracks(post) == {"Hay Moon": ([], ["Tilly Braddock"])}


# -- "A wrote it and sings it" ---------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Tilly Braddock wrote it and sings it herself.", (["Tilly Braddock"],) * 2),
        ("Tilly Braddock wrote it, and sang it too.", (["Tilly Braddock"],) * 2),
        ("Tilly Braddock wrote it and the choir sings it.", (["Tilly Braddock"], [])),
        ("Tilly Braddock heard it and sings it now.", ([], [])),
    ],
)
def test_the_subject_of_a_first_credit_verb_goes_on_to_the_second(sentence, expected):
    assert tracks(extract(f"{INTRO} {sentence}")) == {"Hay Moon": expected}


def test_someone_who_played_the_record_at_a_party_is_no_performer():
    post = extract(
        KNOWN, "The Corn Dollies, playing “Hay Moon” at our wedding, were loud."
    )
    assert tracks(post) == {"Hay Moon": (["Cora Lusk"], [])}


# -- "It's by A" after a short lead-in and a colon ---------------------------------------


@pytest.mark.parametrize(
    "sentence, performers",
    [
        ("Quick reminder: it’s by Tilly Braddock.", ["Tilly Braddock"]),
        ("For the record: it was by the Corn Dollies.", ["Corn Dollies"]),
        ("The barn was cold, the band was late, and then: it’s by Tilly Braddock.", []),
    ],
)
def test_it_is_by_a_after_a_lead_in(sentence, performers):
    assert tracks(extract(f"{INTRO} {sentence}")) == {"Hay Moon": ([], performers)}
