"""A certification written as a label and its value: the certifier before a colon or
a dash, the level after it ("BPI: 2x platinum", "RIAA certification: Platinum
(1996)", "Music Canada - gold"). The label's certifier is the level's, though the
colon ends the clause a certifier is looked for in."""

import re

from .patterns import CERTIFIERS

_NAMES = "|".join(
    pattern.pattern.removeprefix(r"\b").removesuffix(r"\b")
    for pattern, _key in CERTIFIERS
)
# The label right before the level, at the start of its sentence or after a
# semicolon or a full stop: "ARIA: ", "RIAA certification: ", "the BPI's award - ".
LABEL_RE = re.compile(
    r"(?:^|[.;]\s)\s*(?:[Tt]he\s)?(" + _NAMES + r")(?:['\u2019]s)?"
    r"(?:\s(?:certifications?|certified|cert\.?|awards?|status|level))?"
    r"\s?(?::|\s[\u2013\u2014-])\s$"
)


def certifier_label(before):
    """``(key, "")`` of the certifier a label names right before a level, else
    ``("", "")``."""
    found = LABEL_RE.search(before[-60:])
    if not found:
        return "", ""
    name = found.group(1)
    return next(key for pattern, key in CERTIFIERS if pattern.fullmatch(name)), ""
