"""Two guards on the names a credit reads (lexicon.STOP_STARTS and
sentences.names_after_with): a contraction of "I" after "and" is no name, and a
capitalised word before a role noun after "with" ("with Leeds producer B") is a
place or a trade, not a co-writer: B is. Each sentence is our own."""

from .test_credit_rules import tracks
from .test_discourse import extract

INTRO = "The song over the regatta is “Hay Moon”."


def test_i_am_after_a_writer_is_no_second_writer():
    post = extract(
        INTRO,
        "It was written by their drummer, Ned Orr, and I'm told it sold well.",
    )
    assert tracks(post)["Hay Moon"][0] == ["Ned Orr"]


def test_a_place_before_a_role_noun_is_not_the_co_writer():
    post = extract(INTRO, "Ida Fenn wrote it with Leeds producer Kit Lowe one spring.")
    assert tracks(post)["Hay Moon"][0] == ["Ida Fenn", "Kit Lowe"]


def test_a_surname_after_with_stays_a_co_writer():
    post = extract(INTRO, "Ida Fenn wrote it with Lowe, her old bandmate.")
    assert tracks(post)["Hay Moon"][0] == ["Ida Fenn", "Lowe"]
