"""The certifier a later clause names as sending the level's award, with no level of
its own: "The album went gold as well, and the RIAA mailed them a plaque for the
studio wall", "It went platinum, and the BPI duly presented the band a disc". The
award sent is the level's, so the sender is its certifier."""

import re

from .chart_certifiers import _LISTED_NAMES as LISTED_NAMES
from .patterns import CERTIFIERS

# The certifier, a verb of sending, whom it went to, and the award (no level of its
# own before the award: "sent a gold disc" is a level the reader finds by itself).
SENT_RE = re.compile(
    rf"\b({LISTED_NAMES})\s(?:(?:later|duly|soon|even|then)\s)?"
    r"(?:sent|gave|presented|handed|mailed|posted|delivered)\s"
    r"(?:(?:her|him|them|us|the\s[a-z]+)\s)?(?:an?|the|its|their)\s"
    r"(?:(?!silver|gold|platinum|diamond)[a-z-]+\s)?"
    r"(?:plaque|disc|record|award|certificate)s?\b"
)


def sender_after(after):
    """``(key, "")`` of the certifier that sent the level's award in the 120
    characters after it, else ``("", "")``."""
    found = SENT_RE.search(after[:120])
    if not found:
        return "", ""
    key = next(key for pattern, key in CERTIFIERS if pattern.match(found.group(1)))
    return key, ""
