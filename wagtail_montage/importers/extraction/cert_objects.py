"""The record a certifying verb's object names: "the BPI certified the album silver",
"the RIAA certified the LP gold", "ARIA certified the single platinum". The noun
says which kind of record is certified, so a title of the other kind named earlier
in the sentence ("“X” reached No. 31, and the BPI certified the album silver") is
not the subject: the album (or the single) the post names is, the last one named, or
the post's only one; with none, no record (a suggestion). "The record" may be
either, and is left as it is. Every pattern is bounded."""

import re

from .context import record_subject
from .discourse import ALBUM_NOUNS

# The verb and its object just before the level: "certified the album ", "certify
# their LP ", "certified the soundtrack album ".
OBJECT_RE = re.compile(
    r"\b(?:certified|certifies|certify|certifying)\s(?:the|its|their|his|her|that)\s"
    r"(?:[\w-]{1,20}\s)?(album|LP|soundtrack|single|song|track)(?:\salbum)?\s$",
    re.IGNORECASE,
)


def object_record(ctx, sentence, match, subject):
    """The record the certifying verb's object names, when it is of another kind than
    ``subject``; else ``subject``."""
    found = OBJECT_RE.search(sentence.norm[max(0, match.start() - 60) : match.start()])
    if not found:
        return subject
    kind = "album" if found.group(1).lower() in ALBUM_NOUNS else "track"
    if subject is None or subject[1] == kind:
        return subject
    return ctx.last(kind) or _only(ctx, kind)


def _only(ctx, kind):
    """(title, kind, artist) of the post's only record of ``kind``, or None."""
    records = ctx.albums if kind == "album" else ctx.tracks
    if len(records) != 1:
        return None
    return record_subject(kind, next(iter(records.values())))
