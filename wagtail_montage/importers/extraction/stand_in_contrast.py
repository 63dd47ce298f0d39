"""The story's place said first and denied by "but", then the real one: "The town is
supposed to be in Oregon, but the fen is X in Norfolk", "The salon is meant to be on a
Chicago high street, but the shopfront is on X": X, found there, played the story's."""

import re

from ..prose import match_key
from .lexicon import CANADIAN_PROVINCES, COUNTRIES, US_STATES
from .patterns import DOUBLED_RE
from .place_words import MORE_DOUBLED_RE, named_place, target_place_like
from .stand_in_pronouns import previous_place

# "is meant to be in Y, but", "was supposed to be on Y, but", "are meant to be Y, but".
MEANT_BUT_RE = re.compile(
    r"\b(?:is|was|are|were)\s(?:meant|supposed)\sto\sbe\s(?P<on>(?:in|on|at)\s)?"
    r"(?P<target>[^,;:.()]{2,60}?),?\sbut\s(?P<rest>[^;:.]{0,100})"
)


# A sentence that only says what the story's place is meant to be: "In the film
# they're supposed to be in Y.", "In the story the pier was meant to be in Y.", "The
# mill is supposed to be a barn in Y."
MEANT_ALONE_RE = re.compile(
    r"^(?:in\s(?:the|this)\s(?:film|story|script|movie|picture),?\s)?"
    r"(?P<subject>[\w ]{1,40}?)"
    r"(?:\s(?:is|was|are|were)\s|['\u2019](?:s|re)\s)(?:supposed|meant)\sto\sbe\s"
    r"(?P<on>(?:in|on|at)\s)?(?P<target>[^,;:.()]{2,60}?)\s?[.!]?$",
    re.IGNORECASE,
)


# The words a subject that is no name starts with: "they're", "the pier was".
SUBJECT_STARTS = frozenset("the this that these those our it they we".split())
WORK_NOUNS = frozenset("story film movie plot script picture whole".split())


def meant_alone(ctx, sentence):
    """ "X was filmed at Z. In the film they're supposed to be in Y.": Z, the place
    the sentence before filmed, played Y, when this sentence names no place itself."""
    match = MEANT_ALONE_RE.match(sentence.norm.strip())
    if not match or ctx.sentence_places:
        return
    subject = match.group("subject").split()
    if WORK_NOUNS & {word.lower() for word in subject}:
        return  # "The story is supposed to be a crossing to Y": the plot, no place
    if subject[0].lower() not in SUBJECT_STARTS or any(
        w[:1].isupper() for w in subject[1:]
    ):
        return  # "Leeds is meant to be a fun city": a name's own sentence
    target = match.group("target").strip()
    if not story_place(target, bool(match.group("on"))):
        return
    name = previous_place(ctx)
    location = ctx.locations.get(match_key(name)) if name else None
    if location and match_key(name) != match_key(target):
        location["stood_in_for"] = target


def meant_but_locations(ctx, sentence):
    """Places found after "but" in "S is meant to be (in) Y, but ... X" play Y, when
    Y is a place: named in a place word, a country or a state, or said with "in", "on"
    or "at" and a capital ("on a Chicago high street")."""
    match = MEANT_BUT_RE.search(sentence.norm)
    if not match:
        meant_alone(ctx, sentence)
        return
    target = match.group("target").strip()
    if not story_place(target, bool(match.group("on"))):
        return
    rest = match.group("rest")
    if DOUBLED_RE.search(rest) or MORE_DOUBLED_RE.search(rest):
        return  # "but X was shot on Z, which stands in for W": said there
    for key in ctx.sentence_places:
        location = ctx.locations.get(key)
        if (
            location
            and not location["stood_in_for"]
            and location["name"] in rest
            and match_key(location["name"]) != match_key(target)
            and not town_filmed_in(location["name"], rest)
        ):
            location["stood_in_for"] = target


def story_place(target, placed):
    """Whether what the story's place is said to be is a place."""
    if target in US_STATES or target in COUNTRIES or target in CANADIAN_PROVINCES:
        return True
    if target_place_like(target):
        return True
    return placed and any(word[:1].isupper() for word in target.split())


def town_filmed_in(name, rest):
    """Whether the name is a town the film was shot in ("but it was filmed in X"): the
    town of the sites named next, not a stand-in of its own."""
    return not named_place(name) and bool(
        re.search(rf"\b(?:in|around)\s{re.escape(name)}\b", rest)
    )
