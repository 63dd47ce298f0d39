"""A place the post takes back later: "The harbour is X, in Y, not Z", "It was shot
in X, not in Z": Z, found before as a filming place, is none."""

import re

from ..prose import match_key
from .place_scope import slot_of

# "not" before a name that ends its clause: ", not Bonn.", "but not in the Bonn
# suburbs," is no denial of Bonn; "not just Bonn", "not far from Bonn" neither.
DENIED_RE = re.compile(
    r"(?:,|—|–|\bbut|\band|\bactually|\breally|\bwas|\bis)\snot\s(?:in\s|at\s|on\s)?"
    r"(?:the\s)?((?:[A-Z][\w'’.-]*)(?:\s(?:[A-Z][\w'’.-]*|de|del|la|le|of|on))*?)"
    r"(?=\s?(?:[,.;:!?)]|—|–|$|\sas\b|\sat\sall\b))"
)


def denied_places(ctx, sentence):
    """Drop the filming places found before that the sentence denies: "The harbour
    is X, in Y, not Z" (Z said in the post to be where it was shot)."""
    for match in DENIED_RE.finditer(sentence.norm):
        key = match_key(match.group(1).rstrip("."))
        location = ctx.locations.get(key)
        if location is None or key in ctx.sentence_places:
            continue
        slot = slot_of(ctx, location)
        if slot is None or slot.sentence == sentence.display:
            continue
        del ctx.locations[key]
        slot.keep = False


# A bare denial right after a filming claim, in the same sentence: "Everyone says it
# was shot on X; it wasn't.", "The signs claim X — they didn't.", "X, but it wasn't."
# (not "; it wasn't easy", nor "; the sequel wasn't").
TAKEN_BACK_RE = re.compile(
    r"(?:;|:|—|–|,\sbut|,\sexcept)\s(?:it|they|that|this|he|she|we)\s"
    r"(?:was|is|were|are|did|does|do|had|has|have)(?:n['’]t|\snot)"
    r"\s?(?=[.!;,—–)]|$)"
)


def taken_back_places(ctx, sentence):
    """Drop the places this sentence named before a bare denial of its claim:
    "Everyone says the scene was shot on X; it wasn't." (X is no filming place)."""
    match = TAKEN_BACK_RE.search(sentence.norm)
    if match is None:
        return
    before = sentence.norm[: match.start()]
    for key in list(ctx.sentence_places):
        location = ctx.locations.get(key)
        if location is None or before.find(location["name"]) < 0:
            continue
        slot = slot_of(ctx, location)
        if slot is not None:
            slot.keep = False
        del ctx.locations[key]
        ctx.sentence_places.remove(key)
