"""A scene set in one place and filmed in another: "The desert chase is set in Y, but
it was filmed in X", "the contest, which takes place in Y in the story but was shot at
X": X stood in for Y. Not the whole film's setting ("The film is set in Y, but it was
shot in X" says where, not what X played); "the film pretends X is Y" (X, a place
filmed before, played Y); "X, which is Y in the film"."""

import re

from ..prose import match_key
from .lexicon import PLACE_CONNECTORS
from .place_words import target_place_like
from .sentences import run_forward
from .stand_in_targets import stand_in_target

SET_BUT_FILMED_RE = re.compile(
    r"\b(?:(?:is|was|are|were)\sset|takes\splace|took\splace)\s(?:in|at|on)\s"
    r"(?P<target>[^,;:()]{2,60}?)(?:\sin\sthe\s(?:story|film|script|movie|plot))?,?\s"
    r"(?:but|yet|though)\s(?:it\s|they\s)?(?:was\s|were\s)?(?:actually\s|really\s)?"
    r"(?:shot|filmed)\s(?:at|in|on)\s",
    re.IGNORECASE,
)
# The whole work as the subject: its setting, not a scene's.
WHOLE_WORK_RE = re.compile(
    r"\b(?:film|movie|picture|story|plot|novel|book|series|show|it)(?:\sitself)?\s$",
    re.IGNORECASE,
)


def scene_set_elsewhere(ctx, sentence):
    """The place a scene was filmed at, standing in for where the story sets it."""
    for match in SET_BUT_FILMED_RE.finditer(sentence.norm):
        target = match.group("target").strip()
        before = sentence.norm[: match.start()]
        if WHOLE_WORK_RE.search(before.removesuffix("which ").removesuffix(", ")):
            continue
        if not (target[:1].isupper() or target_place_like(target)):
            continue  # "set in motion", "set in stone"
        after = sentence.norm[match.end() :]
        placed = [
            ctx.locations[key]
            for key in ctx.sentence_places
            if key in ctx.locations and ctx.locations[key]["name"] in after[:80]
        ]
        if placed:
            location = min(placed, key=lambda place: after.find(place["name"]))
            location["stood_in_for"] = location["stood_in_for"] or target
    film_pretends(ctx, sentence)
    part_in_film(ctx, sentence)


# The work making a place out to be another: "the film pretends X is Y".
PRETENDS_RE = re.compile(
    r"\b(?:[Tt]he|[Tt]his)\s(?:film|movie|picture|story|script|video|clip)\s(?:pretends"
    r"|pretended|would\shave\syou\sbelieve|makes\sout)\s(?:that\s)?(?:the\s)?(?=[A-Z])"
)


def film_pretends(ctx, sentence):
    """ "The film pretends X is Y": X, a place the post named as filmed, played Y."""
    tokens = sentence.tokens
    for match in PRETENDS_RE.finditer(sentence.norm):
        start = sentence.index_at(match.end())
        end = run_forward(tokens, start, PLACE_CONNECTORS, max_words=6)
        if (
            end is None
            or end + 1 >= len(tokens)
            or tokens[end].text not in ("is", "was")
        ):
            continue
        location = ctx.locations.get(match_key(sentence.span(start, end)))
        target = stand_in_target(ctx, sentence, end + 1)
        if location is not None and target_place_like(target):
            location["stood_in_for"] = location["stood_in_for"] or target


# "X, which is Y in the film": the part a place named just before plays in the story.
PART_IN_FILM_RE = re.compile(
    r",\s(?:which|that)\s(?:is|was|becomes|became)\s(?=(?:the\s|an?\s)?[A-Za-z]"
    r"[^,;:.()]{1,60}?\s(?:in|throughout)\s(?:the|this)\s(?:film|movie|picture|story"
    r"|video|montage)\b)"
)


def part_in_film(ctx, sentence):
    """ "shot at X, which is the Y in the film": X, a place this sentence found
    filmed, played Y (a name, or a described place)."""
    for match in PART_IN_FILM_RE.finditer(sentence.norm):
        before = sentence.norm[: match.start()]
        named = [
            ctx.locations[key]
            for key in ctx.sentence_places
            if key in ctx.locations and before.endswith(ctx.locations[key]["name"])
        ]
        target = stand_in_target(ctx, sentence, sentence.index_at(match.end()))
        name = target.removeprefix("the ")  # "the Isle of Avalon": a name
        if named and target and (name[:1].isupper() or target_place_like(target)):
            named[-1]["stood_in_for"] = named[-1]["stood_in_for"] or target
