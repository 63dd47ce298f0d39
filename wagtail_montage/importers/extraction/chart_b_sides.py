"""A chart fact of the single, not of its B-side.

A single charts and is certified under its A-side: once a post has named a song as
the single's B-side ("The B-side, “Y”, plays under the gym scenes"), a chart position
or a certification whose subject was found as the record named last ("The chart
history: ... number 9", "The BPI certified the single silver") is the single's, the
song named before the B-side, even when the B-side is one of the post's tracks. A
sentence that names the B-side itself by its title ("“Y” got to No. 4 on the R&B
chart as well") keeps it.

A B-side is named as the subject of its clause, its title in apposition however many
words later ("The B-side, a moody instrumental called “Y”, ...", "On the flip side
was “Y”"), or with the word after it ("“Y”, the B-side, ..."); not the single a
B-side is "of" ("“Y” was the B-side of “X”": "X" is the single).
"""

import re

from ..prose import match_key
from .context import record_subject
from .sentences import clean_title
from .track_flip_sides import flip_side_after
from .track_translations import own_quotes

# The B-side named before its title, in the same clause: "The B-side, a moody
# instrumental called ", "the flip side is ", "On the flip: ".
FLIP_WORD_RE = re.compile(
    r"(?<![\w-])(?:B-side|flip[- ]?side|the\sflip)(?![\w-])", re.IGNORECASE
)
# What ends the clause the B-side word opens: a full stop, a semicolon, a dash.
CLAUSE_END_RE = re.compile(r"[.;!?]\s|\s[\u2013\u2014]\s")
# The title right after "of" or "to": the single a B-side belongs to.
OWNER_RE = re.compile(r"\b(?:of|to|for|behind|backing)\W{0,3}$", re.IGNORECASE)


def note_b_sides(ctx, sentence):
    """Keep, for the chart facts after it, each of the post's tracks the sentence
    names as the single's B-side."""
    end_before = 0
    for text, start, end in own_quotes(sentence):
        key = match_key(clean_title(text) or text)
        if key in ctx.tracks and _named_flip(sentence.norm, end_before, start, end):
            ctx.chart_b_sides = getattr(ctx, "chart_b_sides", set()) | {key}
        end_before = end


def _named_flip(norm, clause_start, start, end):
    """Whether the title at ``start``-``end`` is named as a B-side: a B-side word
    before it in its clause (after any title before it) or just after it."""
    if flip_side_after(norm[end:]):
        return True
    before = norm[max(clause_start, start - 80) : start]
    words = list(FLIP_WORD_RE.finditer(before))
    if not words or OWNER_RE.search(before):
        return False
    return not CLAUSE_END_RE.search(before[words[-1].end() :])


def a_side_instead(ctx, sentence, subject):
    """The single's subject for a chart fact found for one of its B-sides, when the
    sentence does not name that B-side; else ``subject``."""
    if subject is None or subject[1] != "track":
        return subject
    key = match_key(subject[0])
    flips = ctx.flip_sides | getattr(ctx, "chart_b_sides", set())
    if key not in flips or _names(sentence, key):
        return subject
    single = _single(ctx, key, flips)
    if single is None:
        return subject
    track = ctx.tracks[single]
    return record_subject("track", track)


def _names(sentence, key):
    """Whether the sentence quotes the title of ``key``."""
    return any(
        match_key(clean_title(text) or text) == key
        for text, _start, _end in own_quotes(sentence)
    )


def _single(ctx, flip, flips):
    """The key of the track named last before the B-side ``flip`` that is no B-side
    itself, in the memory first, else in the post's order of tracks; or None."""
    for kind, key in reversed(ctx.recent):
        if kind == "track" and key not in flips:
            return key
    keys = [key for key, _paragraph in ctx.track_order]
    before = keys[: keys.index(flip)] if flip in keys else []
    singles = [key for key in before if key not in flips]
    return singles[-1] if singles else None
