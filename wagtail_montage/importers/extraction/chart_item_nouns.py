"""An item of a list of levels or positions that opens on a record noun: "Awards:
the soundtrack, platinum (RIAA); the single, silver (BPI)", "Peaks: the album,
No. 12 (UK); the single, No. 4". Each item's fact is the record its noun means (the
track or album named last of that kind), not the list's one subject."""

import re

from .context import record_subject

# The noun opening the item, right before its fact: after the label's colon, a
# semicolon or the line's start ("...: the single, gold").
ITEM_NOUN_RE = re.compile(
    r"(?:^|[:;]\s)(?:the|its|their)\s(single|song|track|a-side|album|lp|soundtrack"
    r"|compilation|score|ep)\s?[,:\u2013\u2014-]\s?$",
    re.IGNORECASE,
)
ALBUM_WORDS = frozenset({"album", "lp", "soundtrack", "compilation", "score", "ep"})


def item_subject(ctx, sentence, start, subject):
    """(title, kind, artist) of the record the item's noun before the fact at
    ``start`` means (None when the post named none of its kind: the other readers
    then try); ``subject`` when no such noun opens the fact's item."""
    found = ITEM_NOUN_RE.search(sentence.norm[max(0, start - 40) : start])
    if found is None:
        return subject
    kind = "album" if found.group(1).lower() in ALBUM_WORDS else "track"
    records = ctx.albums if kind == "album" else ctx.tracks
    # the last of its kind, past any other song the memory holds after it
    key = next((key for found, key in reversed(ctx.recent) if found == kind), None)
    return record_subject(kind, records[key]) if key in records else None
