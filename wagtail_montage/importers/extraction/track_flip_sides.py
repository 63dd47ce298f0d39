"""A title named as a single's B-side is a song, in quotation marks or in italics:
"The B-side, <i>X</i>, was a joke about their manager", "Flip side: <i>X</i>, an
instrumental by A", "the flip side of the single is “X”", "“X”, the B-side, is the
better song". The post's film shares the record, so the B-side is a track of it
unless the post says it is not in the film (a denial read elsewhere). Not "the
B-sides" of a list.

After "Flip side: <i>X</i>, an instrumental. The A-side was written by A. It was a
hit", "it" is the single named before the B-side, not the B-side; after a sentence
that names a B-side among other songs, "the record" means none of them."""

import re

from ..prose import match_key
from .sentences import clean_title
from .track_translations import own_quotes

# Just before the title: the B-side named. "The B-side, ", "Flip side: ", "the flip
# side of the single is ", "On the B-side, ", "the flip, ".
FLIP_BEFORE_RE = re.compile(
    r"(?:(?<![\w'-])(?:B-side|flip[- ]side|flipside)|\b(?:the|its|their)\sflip)"
    r"(?:\sof\s(?:the|that|this|their|its|his|her)\s(?:[\w-]{1,20}\s)?"
    r"(?:single|record|45|7-inch|seven-inch))?"
    r"(?:,\s|:\s|\s(?:is|was)\s|\s(?:is|was)\scalled\s|\s)\W{0,2}$",
    re.IGNORECASE,
)
# "The A-side was written by A": the single, named before its B-side.
A_SIDE_RE = re.compile(r"\b(?:the|its|their)\sA-side\b(?!s)", re.IGNORECASE)
# What the memory holds after a sentence naming a B-side among other songs.
FLIP_SIDES = "\ue0f0B-sides"
# Just after the title: "“X”, the B-side", "<i>X</i>, its flip side,".
FLIP_AFTER_RE = re.compile(
    r"^\W{0,3},?\s(?:was\s|is\s)?(?:the|its|their|his|her)\s(?:[\w-]{1,20}\s)?"
    r"(?:B-side|flip[- ]side|flipside)\b(?!s|\sof\s[A-Z])",
    re.IGNORECASE,
)


def flip_side_before(before):
    """Whether the words before a title name it as the single's B-side."""
    return bool(FLIP_BEFORE_RE.search(before[-80:]))


def flip_side_after(after):
    """Whether the words after a title name it as the single's B-side."""
    return bool(FLIP_AFTER_RE.match(after[:60]))


def single_after_flip_side(ctx, sentence):
    """Keep the B-sides the sentence names; after "The A-side was written by A",
    make "it" the single named before, not a B-side; after a sentence naming a
    B-side among other songs, make "the record" none of them."""
    keys, flips = set(), set()
    for text, start, end in own_quotes(sentence):
        key = match_key(clean_title(text) or text)
        if key not in ctx.tracks:
            continue
        keys.add(key)
        norm = sentence.norm
        if flip_side_before(norm[:start]) or flip_side_after(norm[end:]):
            flips.add(key)
    ctx.flip_sides |= flips
    if flips and len(keys) > 1:
        ctx.remember("other", FLIP_SIDES)  # "..., and the B-side, “Y”. The record ..."
    elif not keys and A_SIDE_RE.search(sentence.norm):
        single = next(
            (
                key
                for kind, key in reversed(ctx.recent)
                if kind == "track" and key not in ctx.flip_sides
            ),
            None,
        )
        if single is not None:
            ctx.remember("track", single)
