"""A real place that plays one the story invents, called "fictional" and named: "X
played the fictional Port Y", "X, which plays the film's fictional Glen Z", "the
burgh of X played the part of the fictional mill town of Y". Only a place plays a
made-up place with a place's word (a town, a glen, a castle); "Ann Dove played the
fictional detective Rosa Grey" is an actor in a part."""

import re

from ..prose import match_key
from .lexicon import PLACE_CONNECTORS
from .place_names import place_ok
from .place_scope import broad
from .place_words import TARGET_PLACE_NOUNS
from .sentences import run_backward, run_forward
from .stand_in_targets import ROLE_TARGET_RE

FICTIONAL_RE = re.compile(
    r"\b(?:plays|played|playing|doubles\sas|doubled\sas)\s"
    r"(?:the\s(?:part|role)\sof\s)?(?:the\s)?"
    r"((?:film's\s|story's\s|movie's\s|script's\s)?fictional\s"
    r"[^,;:.()!?\u2014\u2013]{3,60})"
)
# A made-up place's own words, capitalised or not: "Castle Murn", "Glen Ardoch",
# "the fishing village of Y".
NAMED_NOUNS = frozenset(
    """
    village town city castle glen harbour harbor port island isle valley station halt
    colliery mill resort street bay cove loch lake county hamlet parish estate farm
    """.split()
)
# "which" or "that" between the name and the verb: "X, which plays ..."
RELATIVE_RE = re.compile(r",\s(?:which|that)\s(?:now\s|still\s|also\s)?$")


def fictional_stand_ins(ctx, sentence):
    """The places of ``sentence`` that played a named fictional place: found, with
    what they played; a place found before with nothing played gets it."""
    for match in FICTIONAL_RE.finditer(sentence.norm):
        target = named_target(match.group(1))
        if not target:
            continue
        name = subject_name(ctx, sentence, match.start())
        if not name:
            continue
        location = ctx.location(sentence, name)
        ctx.sentence_places.append(match_key(name))
        location["stood_in_for"] = location["stood_in_for"] or target


def named_target(text):
    """The made-up place in ``text`` up to its last capitalised word, when it has a
    place's word and is no part for an actor; else ""."""
    words = text.split()
    last = max((i for i, word in enumerate(words) if word[:1].isupper()), default=-1)
    if last < 1:
        return ""
    target = " ".join(words[: last + 1])
    if ROLE_TARGET_RE.match(target.split(" ", 1)[1]):
        return ""
    nouns = {word.lower().strip("'") for word in words[: last + 1]}
    return target if nouns & (NAMED_NOUNS | TARGET_PLACE_NOUNS) else ""


def subject_name(ctx, sentence, verb_start):
    """The capitalised name right before the verb at ``verb_start`` ("X played"), or
    before ", which" ("X, which plays"); "" when there is none or it is no place."""
    tokens = sentence.tokens
    before = sentence.norm[:verb_start]
    relative = RELATIVE_RE.search(before)
    if relative:
        before = before[: relative.start()]
    last = sentence.index_at(len(before.rstrip())) - 1
    start = run_backward(tokens, last, PLACE_CONNECTORS, max_words=5)
    if start is None or start == 0 and tokens[start].text in ("The", "A", "It"):
        return ""
    town = town_before_region(ctx, sentence, start)
    if town is not None:  # "X, Texas, which plays": X, not its state
        start, last = town, start - 2
    name = sentence.span(start, last + 1)
    return name if place_ok(ctx, name, tokens[start]) else ""


def town_before_region(ctx, sentence, start):
    """Where the town starts in "Town, Region" when ``tokens[start]`` starts a broad
    Region (a state, a country, a county) right after a comma; else None."""
    tokens = sentence.tokens
    if start < 2 or tokens[start - 1].text != ",":
        return None
    end = run_forward(tokens, start, PLACE_CONNECTORS, max_words=5)
    if end is None or not broad(sentence.span(start, end)):
        return None
    town = run_backward(tokens, start - 2, PLACE_CONNECTORS, max_words=5)
    return town if town is not None and tokens[town].cap else None
