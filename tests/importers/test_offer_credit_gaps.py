"""The broad credit reader (offer_credits) reads credits given with a word left out
(offer_credit_gaps): "of" for "by" after a copula, a part of the song "by" a person
of another trade, a part "of" its maker, a verb said once for two names, and a
sentence opening on a part of the song in the paragraph after the title. Its offers
are suggestions, never blocks. Every sentence here is invented for the test."""

import pytest

from wagtail_montage.importers.extraction.offer_credit_gaps import gap_role
from wagtail_montage.importers.extraction.sentences import split_sentences

from .test_credit_rules import tracks
from .test_discourse import extract

# The song's paragraph, with a line after the title so that no precise rule reads
# the next paragraph as the song's.
SONG = (
    "The ferry montage is cut to “Quince Harbour”. The film is small and grey,"
    " and hardly anybody saw it."
)
TITLE = "Quince Harbour"
VERBS = {"wrote": "composers", "composed": "composers", "sang": "performers"}


def offered(post):
    """``(composers, performers)`` of the credit suggestions of the song."""
    return [
        (item["value"]["composers"], item["value"]["performers"])
        for item in post.suggested
        if item["kind"] == "track"
        and item["value"]["title"] == TITLE
        and item["message"].startswith(("Possible composer", "Possible performer"))
    ]


def composers(post):
    return {name for found, _p in offered(post) for name in found}


def performers(post):
    return {name for _c, found in offered(post) for name in found}


def role_of(text, first):
    """The role ``gap_role`` gives the two-word name starting with ``first``."""
    tokens = split_sentences(text, 0)[0].tokens
    start = [token.text for token in tokens].index(first)
    return gap_role(tokens, start, start + 2, VERBS)


@pytest.mark.parametrize(
    "paragraph, name",
    [
        # "of" for "by" after a copula
        ("The melody is of Ottilie Brask and the poem is of Ida Quist.", "Ida Quist"),
        (
            "Its lyric was of Henrik Voss, a schoolteacher from the coast.",
            "Henrik Voss",
        ),
        ("The text is of Mirela Tanase, not of the director.", "Mirela Tanase"),
        # a written part by a person of another trade
        ("Tune by Corin Ashe, words by the novelist Pell Marrow.", "Pell Marrow"),
        ("Music is by Selwyn Tarrow, lyrics by the young poet Ida Quist.", "Ida Quist"),
        (
            "Words are by the playwright Rosen Haldor, music by a friend.",
            "Rosen Haldor",
        ),
    ],
)
def test_a_part_with_a_word_left_out_is_a_writer(paragraph, name):
    post = extract(SONG, paragraph)
    assert name in composers(post)


@pytest.mark.parametrize(
    "text, first",
    [
        ("It rises on the lead voice of Tamar Eskell, cutting through.", "Tamar"),
        ("Everyone remembers the vocals of Bruna Keel on the record.", "Bruna"),
        ("In the film the voice is of Odile Farrant, the actress herself.", "Odile"),
    ],
)
def test_a_sung_part_with_a_word_left_out_is_a_singer(text, first):
    assert role_of(text, first) == "performers"


@pytest.mark.parametrize(
    "text, first",
    [
        ("Lorna Vey wrote the music, and Piet Amsel the lyrics, in one night.", "Piet"),
        ("Ansel Crow composed the tune and Wilma Dace the words.", "Wilma"),
        ("Half of it Lorna Vey wrote the melody of, Piet Amsel the text.", "Piet"),
    ],
)
def test_the_left_out_verb_gives_the_second_name_its_role(text, first):
    assert role_of(text, first) == "composers"


def test_a_left_out_singing_verb_gives_a_singer():
    text = "Lorna Vey sang the verses and Piet Amsel the chorus."
    assert role_of(text, "Piet") == "performers"


@pytest.mark.parametrize(
    "paragraph, name",
    [
        ("Music is by Selwyn Tarrow, who was barely twenty.", "Selwyn Tarrow"),
        ("The singer is Agnete Fjell, a girl from the ferry office.", "Agnete Fjell"),
        ("Words and music are by Casimir Lund, a pharmacist.", "Casimir Lund"),
    ],
)
def test_a_paragraph_opening_on_a_part_speaks_of_the_song_before(paragraph, name):
    post = extract(SONG, paragraph)
    assert name in composers(post) | performers(post)


def test_an_acts_italian_article_stays_in_its_name():
    post = extract(f"{SONG} It is sung by I Gabbiani di Ponente, a beat group.")
    assert "I Gabbiani di Ponente" in performers(post)


@pytest.mark.parametrize(
    "paragraphs",
    [
        # a paragraph opening on music, two paragraphs after the song
        (SONG, "The town had a cinema then.", "Music is by Selwyn Tarrow, he said."),
        # the opening names a title of its own
        (SONG, "The singer is Selwyn Tarrow on “Another Tide”, a later record."),
        # "of" after no part of the song, and a painting "of" a person
        (SONG, "The idea is of Selwyn Tarrow, who directed."),
        (f"{SONG} The portrait of Selwyn Tarrow hangs in the bar.",),
    ],
)
def test_traps_offer_nothing(paragraphs):
    post = extract(*paragraphs)
    assert "Selwyn Tarrow" not in composers(post) | performers(post)


def test_no_part_after_the_second_name_gives_no_role():
    assert (
        role_of("Lorna Vey wrote the music, and Piet Amsel left early.", "Piet") is None
    )


def test_the_offer_is_a_suggestion_not_a_block():
    post = extract(SONG, "Music is by Selwyn Tarrow, who was barely twenty.")
    assert "Selwyn Tarrow" in composers(post)
    assert tracks(post)[TITLE] == ([], [])


@pytest.mark.parametrize(
    "paragraph, name",
    [
        ("Words and music came from Agnete Fjell, a teacher.", "Agnete Fjell"),
        ("Music and words both are from Casimir Lund, then at school.", "Casimir Lund"),
        ("In truth the chorus came from Ida Quist, not the band.", "Ida Quist"),
    ],
)
def test_a_part_from_a_person_or_the_work_of_one_is_a_writer(paragraph, name):
    post = extract(f"{SONG} {paragraph}")
    assert name in composers(post)
    assert name not in performers(post)


@pytest.mark.parametrize(
    "paragraph",
    [
        "It is sung by Agnete Fjell, who also wrote it in a week.",
        "It was recorded by Agnete Fjell, who had written it for her sister.",
        "On the record it is performed by Agnete Fjell, who penned it herself.",
    ],
)
def test_a_relative_clause_gives_the_other_role_too(paragraph):
    post = extract(f"{SONG} {paragraph}")
    assert "Agnete Fjell" in composers(post)
    assert "Agnete Fjell" in performers(post)


@pytest.mark.parametrize(
    "paragraph",
    [
        "It is sung by Agnete Fjell, who did not write it.",
        "It is sung by Agnete Fjell, who produced the film.",
        "The idea came from Agnete Fjell, a teacher.",
    ],
)
def test_no_writer_from_a_denied_or_other_clause(paragraph):
    post = extract(f"{SONG} {paragraph}")
    assert "Agnete Fjell" not in composers(post)


def test_a_relative_clause_alone_gives_its_role():
    post = extract(f"{SONG} It is played on a harp by Agnete Fjell, who'd composed it.")
    assert "Agnete Fjell" in composers(post)


def test_a_place_before_a_relative_clause_is_no_writer():
    post = extract(f"{SONG} The tailor came from Port Alder, who wrote it then.")
    assert "Port Alder" not in composers(post)
