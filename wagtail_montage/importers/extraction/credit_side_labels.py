"""Credits a record's page gives by the side and place of its tracklist's items: "A2
and B3 are the trio's own, written by bassist A and drummer B", "The B-side
cues are C's own compositions". The list ("A2 Tin Lanterns", "B3 Low Meadow")
ties each label to a track; the sentence credits the tracks its labels name.

Guards: a label counts only when a list item of the post opens with it and the
rest of that item is a track's title; the sentence must open on the labels (or on
"the A-side" or "B-side" and a plural song noun), and its credit is a writing one:
"written by" or "composed by" and whole names (a role word before each allowed),
or a possessive before "compositions", "songs" or "cues"; a sentence that names
no label, or labels no item carries, credits nothing. Every pattern is bounded,
with no nested quantifier."""

import re

from ..prose import match_key
from .credit_every_song import joined_names
from .sentences import add_unique

# A list item that opens on a label ("<li>A2 Tin Lanterns</li>"); a sentence that
# opens on labels ("A2 and B3 are ..."), or on a side's songs ("The B-side cues
# are ..."); a writing credit; a name maybe after one role word; a possessive's
# own compositions ("C's own compositions").
ITEM_RE, LABELS_RE, SIDE_RE, WRITTEN_RE, NAME_RE, OWN_RE = (
    re.compile(r"<li>\s?([A-D][1-9][0-9]?)\.?\s([^<]{1,120})</li>"),
    re.compile(
        r"(?:^|(?<=[.!?]\s)|(?<=\s\s))((?:[A-D][1-9][0-9]?)(?:(?:,\s|\sand\s|\s&\s)"
        r"[A-D][1-9][0-9]?){0,5})\s(?:are|is|were|was)\s([^.]{0,240})"
    ),
    re.compile(
        r"(?:^|(?<=[.!?]\s)|(?<=\s\s))[Tt]he\s([A-D])-side\s(?:cues|songs|tracks"
        r"|tunes|numbers)\s(?:are|were)\s([^.]{0,160})"
    ),
    re.compile(r"\b(?:written|composed|co-written)\sby\s"),
    re.compile(
        r"^(?:[a-z-]{3,15}\s)?([A-Z][\w'\u2019-]{1,25}(?:\s[A-Z][\w'\u2019-]{1,25})"
        r"{1,2})"
    ),
    re.compile(
        r"^([A-Z][\w'\u2019-]{1,25}(?:\s[A-Z][\w'\u2019-]{1,25}){0,2})['\u2019]s\s"
        r"(?:own\s)?(?:compositions|songs|cues|work|pieces)\b"
    ),
)


def side_label_credits(ctx, html):
    """Give the tracks a sentence names by their side labels the writers it
    credits."""
    labels = {}
    for label, rest in ITEM_RE.findall(html):
        key = match_key(rest)
        if key in ctx.tracks:
            labels[label] = ctx.tracks[key]
    if not labels:
        return
    text = re.sub(r"<[^<>]{0,200}>", " ", html)
    for found in LABELS_RE.finditer(text):
        named = [
            labels.get(label) for label in re.findall(r"[A-D][0-9]{1,2}", found[1])
        ]
        _credit([track for track in named if track], found[2])
    for found in SIDE_RE.finditer(text):
        side = [track for label, track in labels.items() if label[0] == found[1]]
        _credit(side, found[2])


def _credit(tracks, clause):
    """Credit the ``tracks`` with the writers the clause names."""
    writers = []
    written = WRITTEN_RE.search(clause)
    if written:
        writers = joined_names(clause[written.end() :], NAME_RE)
    else:
        own = OWN_RE.match(clause)
        writers = [own[1]] if own else []
    for track in tracks:
        add_unique(track["composers"], writers)
