"""The writing credit said as a thing someone holds: "the writing credit is hers
alone", "“X” by A, writing credit hers alone" (of the one track the sentence
quotes, else of the track named last), and "he and B share the songwriting
credit" (for credit_shares: he too). "He" or "she" is the one person the sentence
names before it."""

import re

from ..prose import match_key
from .lexicon import STOP_STARTS
from .sentences import add_unique, clean_title

ALONE_RE = re.compile(
    r"\b(?:song)?writing\scredits?(?:\sis|\swas|'s)?\s(his|hers)(?:\salone)?\b"
)
PRONOUNS = frozenset({"he", "she"})
# An act a person leads, the person before it: "A & the Bs", "A and His Band".
LEADER_RE = re.compile(r"\s(?:&|and)\s(?:the|his|her|their)\s", re.IGNORECASE)


def writing_credits(ctx, sentence):
    """Credit the writers a writing credit is said to belong to."""
    alone = ALONE_RE.search(sentence.norm)
    if not alone:
        return
    track = _track(ctx, sentence)
    if track is not None:
        named = _one_named(sentence, sentence.index_at(alone.start()))
        add_unique(track["composers"], named)


def pronoun_sharer(sentence, verb):
    """ "he and B share the writing credit" (the verb at ``tokens[verb]``): the one
    person the sentence names before "he", as a list, else []."""
    pronoun = _pronoun_before(sentence, verb)
    return [] if pronoun is None else _one_named(sentence, pronoun)


def _track(ctx, sentence):
    """The one track the sentence quotes, or the track named last when it quotes
    none."""
    quoted = {
        key
        for text, _start, _end in sentence.quotes
        for key in [match_key(clean_title(text))]
        if key in ctx.tracks
    }
    if len(quoted) == 1:
        return ctx.tracks[quoted.pop()]
    return None if sentence.quotes else ctx.last_track()


def _pronoun_before(sentence, verb):
    """The index of "he" or "she" in "he and B share", or None."""
    tokens = sentence.tokens
    for back in range(verb - 1, max(-1, verb - 6), -1):
        if tokens[back].text.lower() in PRONOUNS:
            return back
        if not (tokens[back].cap or tokens[back].text.lower() in ("and", "&")):
            return None
    return None


def _one_named(sentence, index):
    """The one person (two or more capitalised words) the sentence names before
    ``tokens[index]``, a person leading an act for the act ("A & the Bs": A);
    else []."""
    tokens = sentence.tokens
    people, start = [], 0
    while start < index:
        if not tokens[start].cap or sentence.inside_quote(tokens[start].start):
            start += 1
            continue
        end = start
        while end < index and (tokens[end].cap or tokens[end].text in ("&",)):
            end += 1
        name = LEADER_RE.split(sentence.span(start, end).removesuffix("'s"))[0]
        name = name.rstrip(" &")  # "A & the Bs" read up to "the"
        words = name.split()
        while words and words[0] in STOP_STARTS:
            words = words[1:]  # "The recording", "Later, A"
        if len(words) >= 2:
            people.append(" ".join(words))
        start = end
    return people if len(set(people)) == 1 else []
