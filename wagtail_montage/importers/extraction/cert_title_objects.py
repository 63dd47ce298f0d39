"""The record a certifying verb names by its title as its object, right before the
level: "the CRIA certified “Hat Trick Heart” double platinum", "Music Canada
certified <i>X</i> gold". The title says which record is certified, whatever the
clause's subject or the record named last; a title the post keeps as neither a
track nor an album names none."""

import re

from ..prose import match_key
from .context import record_subject
from .sentences import clean_title

# The certifying verb just before the title: "certified “", "certifies ".
VERB_BEFORE_RE = re.compile(r"\b(?:certified|certifies|certify|certifying)\s\W{0,2}$")
# Only the title's closing mark between it and the level: "” double platinum".
LEVEL_NEXT_RE = re.compile(r"^\W{0,3}\s?$")


def titled_object(ctx, sentence, match):
    """(title, kind, artist) of the post's record the certifying verb names by its
    title right before the level ``match``; None otherwise."""
    norm = sentence.norm
    for text, start, end in sentence.quotes:
        if end > match.start() or not LEVEL_NEXT_RE.match(norm[end : match.start()]):
            continue
        if not VERB_BEFORE_RE.search(norm[max(0, start - 30) : start]):
            continue
        key = match_key(clean_title(text) or text.strip(" ,;:"))
        if key in ctx.albums:
            album = ctx.albums[key]
            return record_subject("album", album)
        if key in ctx.tracks:
            track = ctx.tracks[key]
            return record_subject("track", track)
    return None
