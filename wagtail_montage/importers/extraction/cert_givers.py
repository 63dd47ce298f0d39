"""A certifier not in the list that gave the level to the act: "at home IRMA handed
the Strand a gold disc", "RISA gave Nomvula Dube a platinum disc", "the NVPI awarded
the band a gold record", "IRMA certified it gold". The certifier, by its initials,
is the subject of the level's own clause and the act the receiver of its verb, so
the level is that certifier's, even after a clause set in a country with a listed
certifier ("In Britain it reached 23, and at home IRMA handed ... a gold disc" is no
BPI gold). So is a body not in the list named in full right after the level: "a
platinum disc by the Indian Music Industry"."""

import re

from .chart_certifiers import RECORD_AFTER_RE
from .patterns import CERTIFIERS

# Initials, a verb of giving or certifying and the act or the record given to (a
# name of up to four capitalised words, "the band", "her", "it", "the single"),
# right before the level: "IRMA handed Ravelling Strand a ", "IRMA certified it ".
GIVER_RE = re.compile(
    r"\b([A-Z]{3,6})\s(?:(?:later|eventually|duly|also|then|soon|even)\s)?"
    r"(gave|gives|awarded|handed|presented|certified|certifies)\s"
    r"(?:(?:the\s)?(?:[A-Z][\w'\u2019.-]*\s){1,4}|the\s(?:band|group|duo|trio|singer"
    r"|single|song|record|track|album|LP|soundtrack)\s|(?:her|him|them|it)\s)"
    r"(?:an?\s)?$"
)


def giver_before(before, after):
    """``("other", initials)`` of a certifier not in the list that gave the level to
    the act, as the subject of its clause; else ``("", "")``."""
    found = GIVER_RE.search(before[-80:])
    if not found:
        return "", ""
    if not found.group(2).startswith("certif") and not RECORD_AFTER_RE.match(after):
        return "", ""  # "a gold disc", not "the NME gave the band a gold star"
    initials = found.group(1)
    if any(pattern.match(initials) for pattern, _key in CERTIFIERS):
        return "", ""  # a listed certifier: certifier_in's, nearest the level
    return "other", initials


# A certifying body not in the list named in full right after the level: "a platinum
# disc by the Indian Music Industry", "gold from the Irish Recorded Music
# Association", "a gold record from the Music Industry Federation of Norway".
BODY_AFTER_RE = re.compile(
    r"^\W{0,2}(?:(?:disc|record|award|certification|status|plaque)\s)?,?\s?"
    r"(?:from|by)\sthe\s((?:[A-Z][\w'\u2019-]{1,20}\s){0,4}(?:Industry|Association"
    r"|Federation|Institute|Society|Board|Council)(?:\sof\s[A-Z][\w-]{1,20})?)\b"
)


def body_after(after):
    """``("other", name)`` of a certifying body not in the list named in full right
    after the level ("... a platinum disc by the Indian Music Industry"); else
    ``("", "")``."""
    found = BODY_AFTER_RE.match(after[:120])
    if not found or any(pattern.search(found.group(1)) for pattern, _key in CERTIFIERS):
        return "", ""  # "by the Recording Industry Association of America": listed
    return "other", found.group(1)
