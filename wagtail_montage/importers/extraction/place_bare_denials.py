"""A filming claim the next sentence denies on its own: "Your critic says the lake
scenes were shot at X. They were not." (X, found in the sentence before, is none)."""

import re

from .place_scope import slot_of

# A whole sentence that only denies the one before it: "They were not.", "It wasn't!",
# "No, it wasn't.", "That is not true." (not "It wasn't easy.", "They were not alone").
BARE_DENIAL_RE = re.compile(
    r"(?:no|nope|wrong)?[,.!]?\s?(?:it|they|that|this|which)\s"
    r"(?:was|is|were|are|did|does|do|had|has|have)(?:n['’]t|\snot)"
    r"(?:\s(?:so|true|right|correct|the\scase))?\s?[.!]{0,3}",
    re.IGNORECASE,
)

# The sentence before reports a claim, which the denial takes back: "X claims",
# "everyone says", "the guidebook tells you", "it is often said" (not a plain account
# going on to another matter: "to watch them film on X, and to check the receipts").
CLAIM_WORDS = frozenset(
    "claim claims claimed say says said insist insists insisted reckon reckons "
    "reckoned believe believes believed think thinks thought suggest suggests "
    "suggested state states stated swear swears swore assert asserts asserted "
    "tell tells told supposedly allegedly according".split()
)


def denied_before(ctx, sentence):
    """Drop the places the sentence before this bare denial found: the denial takes
    back the whole claim the sentence before reports ("X claims it was filmed at Y.
    It wasn't.")."""
    previous = ctx.previous
    if previous is None or previous.heading:
        return
    if not (
        BARE_DENIAL_RE.fullmatch(sentence.norm.strip())
        and any(token.text.lower() in CLAIM_WORDS for token in previous.tokens)
    ):
        return
    for key, location in list(ctx.locations.items()):
        slot = slot_of(ctx, location)
        if slot is None or slot.sentence != previous.display:
            continue
        slot.keep = False
        del ctx.locations[key]
