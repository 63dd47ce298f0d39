"""A song noun opening a credit ("The song was written by A") is the song named
last, past the film's title, a title the post calls a film, a soundtrack album or
an award shouted in quotes named since; not past another song that is not the
film's, and an album noun or "it" is no song noun. Every sentence here is invented
for the test."""

import pytest

from wagtail_montage.importers.extraction.context import FactContext
from wagtail_montage.importers.extraction.credit_song_nouns import song_past_films
from wagtail_montage.importers.extraction.sentences import (
    paragraph_text,
    split_sentences,
)
from wagtail_montage.importers.types import ParsedPost

FILM = "The film, “Night Market”, was a teen movie about a roller rink."


def subject(credit, recent, film=""):
    """The track ``credit`` is about once ``recent`` was named (kind, key)."""
    post = ParsedPost(
        source="test",
        key="test",
        title="A post",
        film_title=film,
        body=[("paragraph", f"<p>{FILM}</p>")],
    )
    ctx = FactContext(post)
    ctx.tracks["velvet ladder"] = {"title": "Velvet Ladder", "performers": ["Kit"]}
    ctx.recent = [("track", "velvet ladder"), *recent]
    (sentence,) = split_sentences(paragraph_text(f"<p>{credit}</p>"), 1)
    by = next(i for i, token in enumerate(sentence.tokens) if token.text == "by")
    return song_past_films(ctx, sentence, by - 1)


@pytest.mark.parametrize(
    "credit, recent, film",
    [
        ("The song was written by Tom Reed.", [("other", "rink days")], "Rink Days"),
        ("The song was written by Tom Reed.", [("other", "night market")], ""),
        ("The single was sung by Ann Lowe.", [("other", "gold!!")], ""),
        ("The song was written by Tom Reed.", [("album", "rink days")], ""),
    ],
)
def test_the_song_past_a_film_an_award_or_an_album(credit, recent, film):
    assert subject(credit, recent, film) == ("Velvet Ladder", "track", "Kit")


@pytest.mark.parametrize(
    "credit, recent",
    [
        ("The song was written by Tom Reed.", [("other", "paper boat")]),
        ("The album was written by Tom Reed.", [("other", "night market")]),
        ("It was written by Tom Reed.", [("other", "night market")]),
    ],
)
def test_no_song_past_another_song_nor_without_a_song_noun(credit, recent):
    assert subject(credit, recent) is None
