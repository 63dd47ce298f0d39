"""A place the crew made play another: "a lot of work to make X play Y", "they made
X pass for Y", "helped X stand in for Y": X, a place the post found or whose name
says it is one, stood in for Y; "they filmed it there and pretended it was Y": the
place just filmed played Y."""

import re

from ..prose import match_key
from .lexicon import PLACE_CONNECTORS
from .place_lines import place_headed
from .place_mentions import place_named_in, recent_place
from .place_words import target_place_like
from .sentences import run_forward
from .stand_in_targets import stand_in_target

# "make X play Y", "made X pass for Y", "helping X double for Y".
MADE_PLAY_RE = re.compile(
    r"\b(?:make|makes|made|making|help|helps|helped|helping|let|lets)\s(?:the\s)?"
    r"(?=[A-Z])"
)
MADE_VERBS = (("play",), ("pass", "for"), ("double", "for"), ("stand", "in", "for"))


# "pretended it was Y", "made out that it was Y": "it", the place just filmed.
PRETENDED_IT_RE = re.compile(
    r"\b(?:pretended|pretends|pretend|pretending|made\sout)\s(?:that\s)?it\s(?:was|is)\s"
)


# The work as the one pretending: "The film pretends it is Y".
WORK_SUBJECT_RE = re.compile(
    r"\b(?:film|movie|picture|story|script|video|show|it)\s(?:\w+\s)?$", re.IGNORECASE
)


def pretended_it(ctx, sentence):
    """ "They filmed it there and pretended it was Y": the place this sentence found
    filmed played Y (a name, or a described place)."""
    for match in PRETENDED_IT_RE.finditer(sentence.norm):
        before = sentence.norm[: match.start()]
        if WORK_SUBJECT_RE.search(before):
            continue  # "The film pretends it is Y": the story's setting
        # the place found filmed, or the one "filmed it there" meant
        there = re.search(r"\bthere\b", before) is not None
        key = (
            (ctx.sentence_places or [""])[-1]
            or there
            and match_key(
                place_named_in(ctx, sentence, match.start())
                or recent_place(ctx, sentence)
            )
        )
        location = ctx.locations.get(key)
        target = stand_in_target(ctx, sentence, sentence.index_at(match.end()))
        if location and target and (target[:1].isupper() or target_place_like(target)):
            location["stood_in_for"] = location["stood_in_for"] or target


def made_to_play(ctx, sentence):
    """Each "make X play Y" of the sentence: X's location stands in for Y."""
    pretended_it(ctx, sentence)
    tokens = sentence.tokens
    for match in MADE_PLAY_RE.finditer(sentence.norm):
        start = sentence.index_at(match.end())
        end = run_forward(tokens, start, PLACE_CONNECTORS, max_words=5)
        if end is None:
            continue
        words = tuple(token.text for token in tokens[end : end + 3])
        verb = next((verb for verb in MADE_VERBS if words[: len(verb)] == verb), None)
        if verb is None:
            continue
        name = sentence.span(start, end)
        location = ctx.locations.get(match_key(name))
        target = stand_in_target(ctx, sentence, end + len(verb))
        if location is None and not place_headed(name):
            continue
        if not target or not (target[:1].isupper() or target_place_like(target)):
            continue
        location = location or ctx.location(sentence, name)
        location["stood_in_for"] = location["stood_in_for"] or target
