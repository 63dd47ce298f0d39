"""The record a certifying verb's object names: "the BPI certified the album silver",
"the RIAA certified the LP gold", "ARIA certified the single platinum". The noun
says which kind of record is certified, so a title of the other kind named earlier
in the sentence ("“X” reached No. 31, and the BPI certified the album silver") is
not the subject: the album (or the single) the post names is, the last one named, or
the post's only one; with none, no record (a suggestion). "The record" may be
either, and is left as it is. So does the noun that is the subject of the level's
own clause: "“X” peaked at 19, and the soundtrack LP went gold" is the album's,
"..., but the single was certified gold" the single's; not a noun a preposition
takes ("the title song from the album went gold"). Every pattern is bounded."""

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


# The clause's subject just before the level: "and the soundtrack LP went ", "but
# the single was certified ", "the Harbor Nights album eventually went double ".
SUBJECT_RE = re.compile(
    r"(?:[,;:]\s|\b(?:and|but|while|whereas|when)\s)"
    r"(?:the|its|their|his|her|that)\s(?:[\w'-]{1,20}\s){0,3}"
    r"(album|LP|soundtrack|single)(?:\s(?:album|LP))?\s"
    r"(?:(?:also|later|eventually|then|itself|quickly|soon)\s)?"
    r"(?:went|was\scertified|has\sgone|had\sgone|was\slater\scertified)\s"
    r"(?:(?:double|triple|quadruple)\s)?$",
    re.IGNORECASE,
)


def object_record(ctx, sentence, match, subject):
    """The record the certifying verb's object (or its clause's subject) names, when
    it is of another kind than ``subject``; else ``subject``."""
    start = max(0, match.start() - 60)
    head = ("" if start else ", ") + sentence.norm[start : match.start()]
    found = OBJECT_RE.search(head) or SUBJECT_RE.search(head)
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
