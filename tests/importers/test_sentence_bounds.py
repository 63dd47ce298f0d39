"""A run-on "sentence" (a pasted list, a page without full stops) is read in pieces
of at most MAX_SENTENCE characters, cut at a clause mark or a space, losing no word:
reading a post stays linear in its length. Each sentence is our own."""

from wagtail_montage.importers.extraction.sentence_bounds import MAX_SENTENCE
from wagtail_montage.importers.extraction.sentences import split_sentences

from .test_discourse import extract, facts


def test_a_run_on_sentence_is_read_in_pieces_that_lose_no_word():
    text = "it wrote it and then the band played it again " * 800
    pieces = split_sentences(text, 0)
    assert len(pieces) > len(text) // MAX_SENTENCE
    assert all(len(piece.norm) <= MAX_SENTENCE for piece in pieces)
    assert " ".join(piece.norm for piece in pieces).split() == text.split()


def test_a_piece_ends_at_a_clause_mark_when_there_is_one():
    clause = "the crowd sang along with the brass band in the square; "
    pieces = split_sentences(clause * 40, 0)
    assert len(pieces) > 1
    assert all(piece.norm.endswith(";") for piece in pieces[:-1])


def test_a_run_without_spaces_is_cut_at_the_bound():
    pieces = split_sentences("x" * (MAX_SENTENCE * 2 + 5), 0)
    assert [len(piece.norm) for piece in pieces] == [MAX_SENTENCE, MAX_SENTENCE, 5]


def test_sentences_under_the_bound_are_left_whole():
    text = "The lighthouse scenes were shot at Cape Lumen, " * 15 + "in one week."
    assert len(text) < MAX_SENTENCE
    assert [piece.norm for piece in split_sentences(text, 0)] == [text]


def test_a_credit_inside_a_run_on_paragraph_is_still_read():
    filler = "we drove on past the barns and the silos; " * 60
    post = extract(
        f"{filler}the montage is set to “Copper Kettle Moon”, written by Ada Frye; "
        f"{filler}and on until the sun came up"
    )
    tracks = facts(post, "track")
    assert [(track["title"], track["composers"]) for track in tracks] == [
        ("Copper Kettle Moon", ["Ada Frye"])
    ]
