"""Places given as the answer to a question about a scene: "The big jump over the
creek? That's the old Millrace Falls." and "Q: And the desert chase? A: That's the
Painted Flats, south of Tulsa."; stand-ins too: "Which Ohio hotel played the Blue
Moon Inn? The Harbor Hotel in Sandusky."."""

import re

from ..prose import match_key
from .lexicon import PLACE_CONNECTORS
from .place_names import is_work_or_person, place_ok
from .place_words import (
    NAMED_TARGET_RE,
    PLACE_ADJECTIVES,
    PLACE_ANAPHORA,
    SCENE_WORDS,
    TARGET_PLACE_NOUNS,
    named_place,
    place_like,
)
from .sentences import run_forward

# "That's X", "A: It's the X", "That is X".
ANSWER_RE = re.compile(
    r"^(?:a\s?:\s?)?(?:that's|that\sis|it's|it\sis|this\sis)\s", re.IGNORECASE
)
# A question about something else than a scene's place: "Who sings over the chase?"
NOT_PLACE_QUESTIONS = frozenset(
    "who whom song songs sings sang sung music score singer band".split()
)


# "Which Ohio hotel played the Blue Moon Inn?": the place asked for, and what it played.
WHICH_PLAYED_RE = re.compile(
    r"^(?:a(?:nd|lso)\s)?(?:which|what)\s((?:[\w-]+\s){1,4}?)(?:played|plays"
    r"|doubled\sfor|doubles\sfor|stood\sin\sfor|stands\sin\sfor)\s([^?]{2,60})\?$",
    re.IGNORECASE,
)
# The first words of an answer that names a place: "A: The X in Y.", "It's X."
ANSWER_START_RE = re.compile(
    r"^(?:a\s?:\s?)?(?:(?:that|it)(?:'s|\sis|\swas)\s)?", re.IGNORECASE
)


def stand_in_question(norm):
    """What a question asks a place for: "Which Ohio hotel played the Blue Moon
    Inn?" is "the Blue Moon Inn"; or ""."""
    match = WHICH_PLAYED_RE.match(norm.strip())
    if not match:
        return ""
    words = set(match.group(1).lower().split())
    return match.group(2).strip() if words & TARGET_PLACE_NOUNS else ""


def answered_stand_in(ctx, sentence, place_at, target):
    """The short answer after a question for the place that played ``target``: "The
    Harbor Hotel in Sandusky." (a name, up to a dozen words)."""
    tokens = sentence.tokens
    # An aside in brackets is no part of the answer: "X (1 point; not Y, which ...)."
    bracket = next((at for at, token in enumerate(tokens) if token.text == "("), None)
    if not target or (len(tokens) if bracket is None else bracket) > 14:
        return
    index = sentence.index_at(ANSWER_START_RE.match(sentence.norm).end())
    start = index + (index < len(tokens) and tokens[index].text.lower() == "the")
    end = run_forward(tokens, start, PLACE_CONNECTORS, max_words=6)
    if end is None:
        return
    name = sentence.span(start, end)
    said = named_place(name) or place_like(name) or NAMED_TARGET_RE.search(name)
    # "The X in Y.", "X, Y.": the answer is the name and its town
    alone = end + 1 >= len(tokens) or tokens[end].text in ("in", ",", "near")
    if not (said or alone) or not place_ok(ctx, name, tokens[start]):
        return
    if place_at(ctx, sentence, start) is not None and ctx.sentence_places:
        location = ctx.locations[ctx.sentence_places[-1]]
        location["stood_in_for"] = location["stood_in_for"] or target


# An answer's label on a line of its own: "A:", "Answer:".
ANSWER_LABEL_RE = re.compile(r"^\s?(?:a|answer)\s?:?\s?$", re.IGNORECASE)


# A bare name answering where a scene was filmed: "Where was that shot? A: X Abbey."
BARE_ANSWER_RE = re.compile(r"^(?:[aA]\s?:\s?)?(?=[A-Z])")
FILMING_QUESTION_WORDS = frozenset("shot filmed lensed shoot shooting".split())


def scene_question(norm):
    """What a sentence asks about: "place" ("And the desert chase?", "Where's the
    diner?"), "scene" ("And the dance scene?"), or False ("Who sings it?")."""
    if not norm.rstrip().endswith("?"):
        return False
    words = set(re.findall(r"[a-z-]+", norm.lower()))
    if words & NOT_PLACE_QUESTIONS:
        return False
    if "where" in words and words & FILMING_QUESTION_WORDS:
        return "filmed"  # "The big house: where was that shot?"
    if words & (PLACE_ANAPHORA | {"where"}):
        return "place"
    return "scene" if words & SCENE_WORDS else False


def answered_place(ctx, sentence, place_at):
    """The place of "That's (the) X" right after a question about a scene, added
    with ``place_at`` when the words say X is a place ("the X", "X Air Force Base")."""
    asked = getattr(ctx, "scene_asked", False)
    target = getattr(ctx, "stand_in_asked", "")
    if ANSWER_LABEL_RE.match(sentence.norm):
        return  # "A:" on its own: the answer is the next line, still to the question
    ctx.scene_asked = scene_question(sentence.norm)
    ctx.stand_in_asked = stand_in_question(sentence.norm)
    if target:
        answered_stand_in(ctx, sentence, place_at, target)
        return
    match = ANSWER_RE.match(sentence.norm)
    # "Where was it shot? A: X Abbey.", "And the harbour warehouses? X, in Hamburg."
    bare = asked in ("filmed", "place", "scene") and not match
    match = bare_answer(sentence) if bare else match
    if not asked or not match:
        return
    tokens = sentence.tokens
    index = sentence.index_at(match.end())
    the = index < len(tokens) and tokens[index].text == "the"
    start = index + the
    start += start + 1 < len(tokens) and tokens[start].text in PLACE_ADJECTIVES
    end = run_forward(tokens, start, PLACE_CONNECTORS, max_words=6)
    if end is None or sentence.inside_quote(tokens[start].start):
        return
    name = sentence.span(start, end)
    # "the X" answers a question about a place ("And the desert chase?"), not only
    # one about a scene ("And the dance scene? It's the Beatles, obviously.")
    the = the and asked in ("place", "filmed")
    said = the or named_place(name) or place_like(name) or NAMED_TARGET_RE.search(name)
    said = alone_name(ctx, sentence, start, end) if bare else said
    if (
        said
        and place_ok(ctx, name, tokens[start])
        and not is_work_or_person(ctx, sentence, start)
    ):
        place_at(ctx, sentence, index)


def bare_answer(sentence):
    """The start of a name that answers on its own where a scene was filmed: "A: X
    Abbey.", "X, up on the moor."; or None."""
    tokens = sentence.tokens
    match = BARE_ANSWER_RE.match(sentence.norm)
    if match is None:
        return None
    index = sentence.index_at(match.end())
    if index < len(tokens) and tokens[index].text in DENIALS:
        return None  # "Not Oklahoma, mostly.": where it was not
    return match if index < len(tokens) and tokens[index].cap else None


DENIALS = frozenset("Not No Nowhere Never Nothing None Neither".split())


def alone_name(ctx, sentence, start, end):
    """Whether the name at ``tokens[start:end]`` is the whole answer, or its town
    follows: "X Abbey.", "X Y, in Z" (not "X said no", "X, on the Y line"); a name of two words at least
    ("Mostly in Z", "Nowhere, really": no name), not one found before."""
    tokens = sentence.tokens
    after = [token.text for token in tokens[end : end + 2]]
    # one word when its town follows: "X, in Hamburg", "X, near Y"
    placed = after[:1] == [","] and after[1:] in (["in"], ["near"], ["outside"])
    return (
        (end - start >= 2 or placed)
        and (
            not after
            or after[0] in (".", "!", "(", "in")
            or after[:1] == [","]
            and after[1:2] != []
            and after[1] in AFTER_COMMA
        )
        and match_key(sentence.span(start, end)) not in ctx.locations
    )


# What follows a bare answer's comma, saying more of the place: "X, in Y", "X,
# about as far from Y as", "X, where half the town lives", "X,
# mostly", "X, end of".
AFTER_COMMA = frozenset(
    "in near outside about where which mostly end up down out just".split()
)
