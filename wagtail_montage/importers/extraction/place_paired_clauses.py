"""A scene's place named by "the N is X" in a clause joined to a like one that names
a filmed place: "the lobby is Y; the ballroom is X", "The quay is X, and the
lighthouse is Y, which plays Z", "the mill is Y, the lanes are in X, and ...". The
clauses list where each scene is, so X is where its scene was filmed too; alone, or
beside "filmed in Y" ("and the engine is X": a thing, maybe), "the N is X" stays a
suggestion (identified_locations defers it here)."""

import re

from django.utils.translation import gettext as _

from ..prose import match_key
from .context import location_value

# Where one clause ends and the next starts: "..., and the", "...; the".
JOIN_RE = re.compile(r",\s(?:and|while|whereas)\s|;\s(?:and\s)?")
# The clause ends right after the name, or places it: "is X.", "is X, near Y", "is
# X in Kent", "is at X with the hills behind"; not "is X again, the Y" nor "is X
# himself" (the name then is not the whole answer).
NAME_ENDS_RE = re.compile(
    r"\s?(?:$|[,;:.!?()\u2014\u2013]|(?:in|at|near|on|outside|off|with|from)\s)"
)


def defer_identity(ctx, sentence, start, end, name):
    """Keep "the N is X" (X at ``tokens[start:end]``) until the sentence's other
    readers have run; paired_identities decides."""
    pending = getattr(ctx, "identity_pending", None)
    if not pending or pending[0] is not sentence:
        ctx.identity_pending = (sentence, [])
    ctx.identity_pending[1].append((start, end, name))


def paired_identities(ctx, sentence, place_at):
    """The deferred names of ``sentence``: a place (read by ``place_at``) when another
    clause of it, joined by "and" or a semicolon, named a filmed place; else a
    suggestion."""
    pending = getattr(ctx, "identity_pending", None)
    ctx.identity_pending = None
    if not pending or pending[0] is not sentence:
        return
    for start, end, name in pending[1]:
        if match_key(name) in ctx.locations:
            continue
        if paired(ctx, sentence, start, end, name):
            place_at(ctx, sentence, start)
            continue
        ctx.suggest(
            _("Possible location: %(name)s") % {"name": name},
            sentence,
            "location",
            location_value(name),
        )


def paired(ctx, sentence, start, end, name):
    """Whether a place found in ``sentence`` lies in another clause than the name at
    ``tokens[start:end]``, a join between them, and the name ends its clause."""
    tokens, norm = sentence.tokens, sentence.norm
    if "'" in name or "\u2019" in name:
        return False  # "Bob's Diner": where the place's own name starts is not sure
    if not NAME_ENDS_RE.match(norm[tokens[end - 1].end :]):
        return False
    here, key = tokens[start].start, match_key(name)
    for slot in ctx.slots.get(sentence.paragraph, ()):
        if slot.kind != "location" or slot.order[0] != sentence.number:
            continue
        if match_key(slot.value.get("name", "")) == key:
            continue
        low, high = sorted((here, slot.order[1]))
        if JOIN_RE.search(norm[low:high]) and said_with_is(sentence, slot.order[1]):
            return True
    return False


COPULAS = frozenset({"is", "are", "was", "were"})
PLACING = frozenset({"the", "in", "at", "on", "near", "outside"})


def said_with_is(sentence, offset):
    """Whether the place found at ``offset`` was named as this one is, after "is"
    ("the pithead is X", "the lanes are in X"): clauses alike, one list of where each
    scene is; not "filmed in X, and the engine is Y" (Y may be a thing)."""
    tokens = sentence.tokens
    index = sentence.index_at(offset) - 1
    while index >= 0 and tokens[index].text.lower() in PLACING:
        index -= 1
    return index >= 0 and tokens[index].text in COPULAS
