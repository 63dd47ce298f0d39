"""The film the text introduces by its year and kind ("the 1979 film Gibber Plain",
"A's 1971 film The Glass Orchard") over a film read from the words of the post's own
title (a headline names a song, a label, a person or a chart as often as the film): when
the text introduces one film only, and never introduces the one read so."""

import re

from ..prose import match_key
from .film_described import DOER_AFTER_RE
from .film_titles import title_words
from .lexicon import TITLE_CONNECTORS
from .patterns import FILM_GENRES
from .sentences import clean_title, run_forward

# "the 1979 film X", "Ann Roe's 1971 drama X", "the 1994 British musical X".
INTRODUCED_RE = re.compile(
    rf"(?:\b[Tt]he|[A-Z][\w-]{{1,20}}'s)\s(1[89][0-9]{{2}}|20[0-9]{{2}})\s"
    rf"(?:[a-z-]{{1,20}}\s){{0,2}}?{FILM_GENRES}\s"
)
# The words that make the run after the kind no title: "the 1979 film industry".
CONNECTORS = TITLE_CONNECTORS - {":", "and"}


def film_introduced_in_text(ctx, sentences):
    """Set the film the text introduces by its year and kind when the film read
    comes from the post's title words and the text never introduces it."""
    title = ctx.post.film_title
    if not title or title_words(title) not in title_words(ctx.post.title):
        return
    found = {}
    for sentence in sentences:
        if not sentence.heading:
            for name, year in introduced(ctx, sentence):
                found.setdefault(match_key(name), (name, year, sentence))
    if len(found) != 1 or match_key(title) in found:
        return
    ((name, year, sentence),) = found.values()
    if title_words(name) in title_words(ctx.post.title):
        return  # the headline names it too: the reading it gave was chosen over it
    ctx.post.film_title, ctx.post.film_year = name, year
    ctx.film_key = match_key(name)
    ctx.film_sentence = sentence.display


def introduced(ctx, sentence):
    """``(title, year)`` of each film the sentence introduces by its year and kind:
    a capitalised run right after the kind, neither a track, an album nor a person
    who made it ("the 1994 picture Ann Roe directed")."""
    tokens = sentence.tokens
    for match in INTRODUCED_RE.finditer(sentence.norm):
        start = sentence.index_at(match.end())
        if start >= len(tokens) or sentence.inside_quote(tokens[start].start):
            continue
        end = run_forward(tokens, start, CONNECTORS, 8, gap=2)
        name = clean_title(sentence.span(start, end)) if end else ""
        key = match_key(name)
        if not name or key in ctx.tracks or key in ctx.albums:
            continue
        if DOER_AFTER_RE.match(sentence.norm[tokens[end - 1].end :]):
            continue
        yield name, int(match.group(1))
