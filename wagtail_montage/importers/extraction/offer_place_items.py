"""Broad offers of filming places from the items of a list: an item that opens with a
place's name (past a time or a number: "14:00 — X, the old mill", "Filmed at: X,
Kansas"), under a heading about filming or with a filming word of its own. Each goes
to the editor as a suggestion carrying its location block."""

import re

from ..prose import match_key
from .lexicon import PLACE_CONNECTORS
from .offer_places import (
    DENIED_RE,
    NOT_PLACE_NAME_RE,
    filming_heading,
    filming_sentence,
    held_places,
    offer_place,
)
from .place_names import is_work_or_person, place_ok, possessive_owner
from .place_reading import asked
from .place_scope import broad
from .place_words import negated
from .sentences import run_forward

# What an item may open with before the name: a time, a number, a label ending in a
# colon ("Filmed at:", "Where it was shot:").
LEAD_RE = re.compile(
    r"^\W{0,3}(?:\d{1,2}[:.]\d{2}\s?(?:[—–-]\s)?|\d{1,2}[.)]\s|[a-z][a-z ]{0,30}:\s)?",
    re.IGNORECASE,
)
# What may follow the name: the end, a dash, a bracket; or a comma before a name, an
# article or a preposition ("X, Kansas", "X, the old mill", "X, near Y"), not before a
# description ("Steep, narrow road") nor an initial ("Surname, M.").
NAME_END = frozenset("— – - ( ;".split())
AFTER_COMMA_RE = re.compile(
    r"^,\s(?:[A-Z][a-z]{2,}|the\s|a\s|an\s"
    r"|(?:near|in|on|at|by|outside|off|above|where)\s)"
)


def offer_place_items(ctx, sentences):
    """Offer the place each list item about filming opens with, when no block or
    suggestion holds it."""
    held = held_places(ctx)
    under_filming = False
    for sentence in sentences:
        if sentence.heading:
            under_filming = filming_heading(sentence)
        elif about_filming(sentence, under_filming):
            name = opening_name(ctx, sentence)
            if name:
                offer_place(ctx, sentence, name, held)


def about_filming(sentence, under_filming):
    """Whether a list item speaks of filming, itself or by its heading, and of
    nothing denied or else (a screening, a concert, a life)."""
    return (
        sentence.listed
        and not (sentence.refuted or asked(sentence))
        and (under_filming or filming_sentence(sentence))
        and not DENIED_RE.search(sentence.norm)
    )


def opening_name(ctx, sentence):
    """The capitalised name the item opens with, if it may be a place and ends at the
    item's end or a mark."""
    tokens = sentence.tokens
    lead = LEAD_RE.match(sentence.norm)
    start = sentence.index_at(lead.end() if lead else 0)
    if start < len(tokens) and tokens[start].text in ("the", "The"):
        start += 1
    if start >= len(tokens):
        return ""
    end = run_forward(tokens, start, PLACE_CONNECTORS, max_words=5)
    if end is None or not name_ends(sentence, end):
        return ""
    whole = sentence.span(start, end)
    _owner, start = possessive_owner(ctx, sentence, start, end)
    name = sentence.span(start, end) if match_key(whole) not in ctx.locations else whole
    if (
        sentence.inside_quote(tokens[start].start)
        or any(len(word) > 1 and word.isupper() for word in name.split())
        or broad(name)
        or NOT_PLACE_NAME_RE.search(name)
        or not place_ok(ctx, name, tokens[start])
        or is_work_or_person(ctx, sentence, start)
        or negated(sentence, tokens[start].start)
    ):
        return ""
    return name


def name_ends(sentence, end):
    """Whether the name before ``tokens[end]`` ends at the item's end or a mark."""
    tokens = sentence.tokens
    if end >= len(tokens) or tokens[end].text in NAME_END:
        return True
    return tokens[end].text == "," and bool(
        AFTER_COMMA_RE.match(sentence.norm[tokens[end].start :])
    )
