"""What a place is inside the story, said of "it" in the work's frame: "In the movie
it's a Nevada truck stop", "in the story, it was a fishing village", "In the film they
pretend it's Manhattan", "in the picture it is acting as a station in Hokkaido": the
place named just before (filmed there, or "the diner is X") played what follows."""

import re

from ..prose import match_key
from .lexicon import OPEN, PLACE_CONNECTORS
from .place_names import canonical_name, is_work_or_person, place_ok
from .place_reading import name_end
from .place_words import negated, place_subject, predicate_place, target_place_like
from .sentences import run_forward
from .stand_in_pronouns import previous_place
from .stand_in_targets import stand_in_target

APOSTROPHE = "['\u2019]"
# The work's frame, then "it" and what it is there: "In the movie it's", "in this
# film, it was", "In the story they pretend it's", "in the film it is acting as".
FRAMED_IT_RE = re.compile(
    r"\b(?i:in)\s(?:the|this)\s(?:film|movie|story|picture|script),?\s"
    r"(?:(?:they|we)\s(?:pretend|pretended|make\sout|made\sout)\s(?:that\s)?)?"
    rf"(?P<it>it)(?:(?:{APOSTROPHE}s|\sis|\swas)\s"
    r"(?:(?:acting|posing|playing|standing\sin)\s(?:as|for)\s|(?:meant|supposed)\sto\sbe\s)?"
    # "its supposed to be Y": "it's" written without its apostrophe
    r"|s\s(?:meant|supposed)\sto\sbe\s"
    r"|\s(?:plays|played|(?:pretends|pretended|has\sto\spretend)\sto\sbe"
    r"|(?:doubles|doubled|passes|passed)\sfor|(?:stands|stood)\sin\sfor)\s)"
    r"(?!(?:not|never|only|just|also|still|set|shot|filmed|sung|played|heard|used"
    r"|about|over|under|by|in|on|at|from|during|when|while|for|as|it|its|a\ssong)\b)"
)

# A cleft after what "it" is: "it's Ann Lee who sings", "it's Leeds that matters".
CLEFT_RE = re.compile(r"[^,;:.]{0,3}\b(?:who|whom|that|whose)\b")


def framed_it(ctx, sentence):
    """ "In the movie it's Y": the place "it" is, named before in the sentence or in
    the one before, played Y, when Y is a place."""
    for match in FRAMED_IT_RE.finditer(sentence.norm):
        if negated(sentence, match.start()):
            continue
        index = sentence.index_at(match.end())
        target = stand_in_target(ctx, sentence, index) or quoted_target(
            ctx, sentence, index
        )
        if (
            not target
            or CLEFT_RE.match(sentence.norm[match.end() + len(target) :])
            or not (target_place_like(target) or named_target(ctx, sentence, index))
        ):
            continue  # "In the film it's Tom Waits who sings": a cleft, no place
        name = named_earlier(ctx, sentence, match.start("it"))
        if not name:
            continue
        ctx.offset = 0
        location = ctx.location(sentence, name)
        ctx.sentence_places.append(match_key(name))
        location["stood_in_for"] = location["stood_in_for"] or target


def quoted_target(ctx, sentence, index):
    """What "it" is when the story's name for it is quoted: "it's “Harbor City,” some
    made-up town": the name, when its words say it is a place; or ""."""
    tokens = sentence.tokens
    if not (index + 1 < len(tokens) and tokens[index].text == OPEN):
        return ""
    target = stand_in_target(ctx, sentence, index + 1).rstrip(",")
    return target if target[:1].isupper() and target_place_like(target) else ""


def named_target(ctx, sentence, index):
    """Whether what "it" is at ``tokens[index]`` is named ("Manhattan", "a Nevada truck
    stop"): a capitalised word, unquoted, that is no work nor person."""
    tokens = sentence.tokens
    index += index < len(tokens) - 1 and tokens[index].text in ("a", "an", "the")
    return bool(
        index < len(tokens)
        and tokens[index].cap
        and not sentence.inside_quote(tokens[index].start)
        and not is_work_or_person(ctx, sentence, index)
    )


def named_earlier(ctx, sentence, offset):
    """The place "it" at ``offset`` means: one this sentence filmed before it, or,
    when the sentence opens with the frame, one the sentence before filmed or named
    as a scene's place ("The diner is X.")."""
    before = sentence.norm[:offset]
    filmed = [
        ctx.locations[key]["name"]
        for key in ctx.sentence_places
        if key in ctx.locations and before.rfind(ctx.locations[key]["name"]) >= 0
    ]
    if filmed:
        return max(filmed, key=before.rfind)
    named = identified_before(ctx, sentence, offset)
    if named:  # "The rink is X in Y, and in the movie it pretends to be Z"
        return named
    if not re.fullmatch(r"(?i:in)\s(?:the|this)\s[a-z]+,?\s(?:[a-z]+\s){0,4}", before):
        return ""
    return previous_place(ctx) or identified_before(ctx, ctx.previous)


def identified_before(ctx, sentence, offset=None):
    """The place a sentence names, before ``offset``, as a scene's place: "The diner is
    X in Amboy", "The station in the montage is X"; or ""."""
    if sentence is None or sentence.heading:
        return ""
    tokens = sentence.tokens
    for verb in range(1, len(tokens) - 1):
        if offset is not None and tokens[verb].start >= offset:
            return ""
        if tokens[verb].text not in ("is", "was"):
            continue
        start = predicate_place(tokens, verb + 1)
        if start is None or place_subject(tokens, verb) != "place":
            continue
        end = run_forward(tokens, start, PLACE_CONNECTORS, max_words=6, gap=2)
        name = sentence.span(start, name_end(tokens, end)) if end is not None else ""
        if (
            name
            and place_ok(ctx, name, tokens[start])
            and not is_work_or_person(ctx, sentence, start)
            and not sentence.inside_quote(tokens[start].start)
        ):
            return canonical_name(ctx, name)
        return ""
    return ""
