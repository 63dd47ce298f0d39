"""Broad offers of stand-ins said the other way round, read after every precise rule:
what the film calls a place first, then the real one ("Y is actually X", "Y was
played by X", "the ones supposed to be Y are at X", "pretends X is Y"). What no block
holds goes to the editor as a location suggestion with its stood-in-for."""

import re

from ..prose import match_key
from .lexicon import PLACE_CONNECTORS
from .offer_places import FILMING_RE
from .offer_stand_ins import good_target, name_start, offer_pairs
from .place_names import is_work_or_person, place_ok
from .place_reading import asked
from .place_scope import broad
from .place_words import NAMED_PLACE_RE, negated
from .sentences import run_forward, skip_stop_starts
from .stand_in_targets import stand_in_target

# "Y is actually X", "Y was in fact X", "Y is played by X": the fiction before, the
# real place after.
REAL_AFTER_RE = re.compile(
    r"\b(?:is|was|are|were)\s(?:actually|really|in\sfact|in\sreality|played\sby)\s"
)
# "the ones supposed to be Y, are at X": the fiction in the subject, the real place
# after the copula's preposition.
SUPPOSED_RE = re.compile(r"\b(?:supposed|meant)\sto\sbe\s")
SUPPOSED_PLACE_RE = re.compile(
    r"^[^.;:]{0,60}?,\s(?:are|is|was|were)\s(?:at|in|on)\s",
)
# "the film pretends X is Y": the real place first, then the fiction.
PRETENDS_RE = re.compile(r"\bpretends?\s(?:that\s)?")
# The last word of a site's name: "Hatley Castle", "Shannon Falls".
SITE_HEAD_RE = re.compile(
    r"\b(?:Castle|Hall|House|Manor|Park|Beach|Lake|Loch|Island|Isle|Falls|Bay|Valley"
    r"|Mountain|Moor|Forest|Gardens?|Fort|Lodge|Farm|Ranch|Village|Town|Wharf|Quay"
    r"|Point|Head|Ridge|Pass|Canal|Lock|Locks|Mansion|Villa|Court|Hill|Hills)$"
)
# What a fiction named before the cue never is: a pronoun, a title, the film.
NOT_FICTION = frozenset("It That This He She They Which What It's That's".split())


def offer_reversed_stand_ins(ctx, sentences):
    """Offer each place a sentence names after what the film calls it."""
    offer_pairs(ctx, sentences, reversed_pairs)


def reversed_pairs(ctx, sentence, known):
    """``(real place, what the film calls it)`` of the sentence's reversed cues."""
    if asked(sentence):
        return
    tokens = sentence.tokens
    for match in REAL_AFTER_RE.finditer(sentence.norm):
        cue = sentence.index_at(match.start())
        if cue < 1 or negated(sentence, match.start()) or not tokens[cue - 1].cap:
            continue
        start = skip_stop_starts(tokens, name_start(tokens, cue - 1), cue)
        target = sentence.span(start, cue)
        if target in NOT_FICTION or match_key(target) in known:
            continue
        if is_work_or_person(ctx, sentence, start) or sentence.inside_quote(
            tokens[start].start
        ):
            continue
        name = real_place(ctx, sentence, sentence.index_at(match.end()), known)
        if name and (match_key(name) in known or placed(name, sentence)):
            yield from checked(name, target)
    for match in SUPPOSED_RE.finditer(sentence.norm):
        after = SUPPOSED_PLACE_RE.match(sentence.norm[match.end() :])
        if not after or negated(sentence, match.start()):
            continue
        target = stand_in_target(ctx, sentence, sentence.index_at(match.end()))
        name = real_place(
            ctx, sentence, sentence.index_at(match.end() + after.end()), known
        )
        if name:
            yield from checked(name, target)
    for match in PRETENDS_RE.finditer(sentence.norm):
        yield from pretended(ctx, sentence, match, known)


def pretended(ctx, sentence, match, known):
    """``(X, Y)`` of "pretends X is Y"."""
    tokens = sentence.tokens
    index = sentence.index_at(match.end())
    name = real_place(ctx, sentence, index, known)
    if not name or negated(sentence, match.start()):
        return
    end = run_forward(tokens, index + (tokens[index].text == "the"), PLACE_CONNECTORS)
    if end is None or end >= len(tokens) or tokens[end].text not in ("is", "was"):
        return
    yield from checked(name, stand_in_target(ctx, sentence, end + 1))


def checked(name, target):
    if good_target(target, name):
        yield name, target


def placed(name, sentence):
    """Whether a name after "is actually" is a filming place: a place's word in it or
    a filming word in the sentence."""
    return bool(
        NAMED_PLACE_RE.search(name)
        or SITE_HEAD_RE.search(name)
        or FILMING_RE.search(sentence.norm)
    )


def real_place(ctx, sentence, index, known):
    """The capitalised place named at ``tokens[index]`` (past "the"), or ""."""
    tokens = sentence.tokens
    if index >= len(tokens):
        return ""
    start = index + (tokens[index].text.lower() == "the")
    end = run_forward(tokens, start, PLACE_CONNECTORS, max_words=6)
    if end is None:
        return ""
    name = sentence.span(start, end)
    if match_key(name) in known:
        return known[match_key(name)]
    if (
        broad(name)
        or sentence.inside_quote(tokens[start].start)
        or not place_ok(ctx, name, tokens[start])
        or is_work_or_person(ctx, sentence, start)
    ):
        return ""
    return name
