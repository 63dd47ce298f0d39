"""A level a publication gave, named right after it: "a silver disc from <i>Spin</i>
magazine", "a gold award from the Melody Maker paper", "a silver record from
<i>Record Week</i>". A paper's or a magazine's award is its own, a certifier not in
the list, even when the sentence names a listed one later ("..., years before the
BPI began handing out its own"): the giver is the one the level names."""

import re

# The level's award and its giver: a publication's name in italics or quotes, or
# capitalised before a publication noun ("from the Disc magazine").
PUBLICATION_AFTER_RE = re.compile(
    r"^\W{0,2}(?:(?:disc|record|award|certificate|plaque|one)\s)?,?\s?"
    r"(?:from|by)\s(?:the\s)?"
    r"(?:[\ue000\u201c]([A-Z][\w'\u2019&.-]{0,20}(?:\s[\w'\u2019&.-]{1,20}){0,3})"
    r"[\ue001\u201d](?:\s(?:magazine|newspaper|paper|weekly))?"
    r"|((?:[A-Z][\w'\u2019&.-]{0,20}\s){1,3})(?:magazine|newspaper|paper|weekly)\b)"
)


def publication_after(after):
    """``("other", name)`` of the publication that gave the level, named right after
    it; else ``("", "")``."""
    found = PUBLICATION_AFTER_RE.match(after[:100])
    if not found:
        return "", ""
    return "other", (found.group(1) or found.group(2)).strip()
