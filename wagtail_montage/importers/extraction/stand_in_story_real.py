"""The story's place said first, then the real one with "it": "It's meant to be Y,
but it's X", "In the film it's Y; it was really X", "It calls its tower Y; it was
actually X", "The square, supposedly Y, is really X": X, a filming location, played
Y."""

import re

from ..prose import match_key
from .lexicon import PLACE_CONNECTORS
from .patterns import DOUBLED_RE
from .place_names import is_work_or_person, place_ok
from .place_words import MORE_DOUBLED_RE, named_place, place_like
from .sentences import run_forward
from .stand_in_contrast import story_place

APOSTROPHE = "['\u2019]"
# What the story makes of a place: "is meant to be (in) Y", "in the film it's Y",
# "calls its tower Y", "supposedly Y".
STORY = (
    rf"(?:(?:\bis|\bwas|\bare|\bwere|{APOSTROPHE}s|{APOSTROPHE}re)\s(?:meant|supposed)"
    r"\sto\sbe\s(?P<on>(?:in|on|at)\s)?"
    rf"|\b(?i:in)\s(?:the|this)\s(?:film|story|movie|script|picture),?\s(?:it|this|that)"
    rf"(?:{APOSTROPHE}s|\sis|\swas)\s"
    r"|\bcall(?:s|ed)?\s(?:its|the|this|their)\s[a-z-]{2,20}\s"
    r"|\bsupposedly\s)"
)
# The real place after it: "but it's X", "; it was really X", "but that is actually X".
REAL = (
    rf"(?:,?\sbut|;)\s(?:it|this|that|they)(?:{APOSTROPHE}s|{APOSTROPHE}re|\sis|\swas"
    r"|\sare|\swere)\s(?:really\s|actually\s|in\sfact\s|in\sreality\s)?"
    r"(?=(?:the\s)?[A-Z])"
)
VERBS = (DOUBLED_RE, MORE_DOUBLED_RE)
# Where the real place is, said right after it: "X in Almería", "X, up in the Y".
PLACED_AFTER_RE = re.compile(
    r",?\s(?:(?:up|down|out|over|just)\s)?(?:in|on|near|outside)\s(?:the\s)?[A-Z]"
)
STORY_REAL_RE = re.compile(rf"{STORY}(?P<target>[^,;:.()]{{2,60}}?){REAL}")


def story_then_real(ctx, sentence):
    """ "It's meant to be Y, but it's X": X, the place the sentence names after "it",
    played Y, when Y is a place and X says it is one or the post is about filming."""
    tokens = sentence.tokens
    for match in STORY_REAL_RE.finditer(sentence.norm):
        target = match.group("target").strip()
        if any(verb.search(sentence.norm[match.end() :]) for verb in VERBS):
            continue  # "but it's X in Z, playing a Leeds pub": said there, in full
        index = sentence.index_at(match.end())
        index += index + 1 < len(tokens) and tokens[index].text == "the"
        end = run_forward(tokens, index, PLACE_CONNECTORS, max_words=6)
        if end is None or sentence.inside_quote(tokens[index].start):
            continue
        name = sentence.span(index, end)
        if (
            not place_ok(ctx, name, tokens[index])
            or is_work_or_person(ctx, sentence, index)
            or match_key(name) == match_key(target)
        ):
            continue
        if not evidence(
            ctx, sentence, match, name, sentence.norm[tokens[end - 1].end :]
        ):
            continue
        ctx.offset = tokens[index].start
        location = ctx.location(sentence, name)
        ctx.sentence_places.append(match_key(name))
        location["stood_in_for"] = location["stood_in_for"] or target


def evidence(ctx, sentence, match, name, after):
    """Whether X and Y of "meant to be Y, but it's X" are places: X says it is one
    (its words, or "X, up in Z") and Y is a place, a name, or the post is about
    filming ("it's a Boston courtroom; it was really the X Courthouse"); or Y says
    it is a place and the post is about filming. Not "it's Tom; it was really Harry"."""
    target = match.group("target").strip()
    about_filming = sentence.filming_context or ctx.filming_recent
    real = named_place(name) or place_like(name) or PLACED_AFTER_RE.match(after)
    story = story_place(target, bool(match.group("on")))
    if real:
        return bool(story or target[:1].isupper() or about_filming)
    return bool(story and about_filming)
