"""An act brought in by what it calls itself, later in the sentence that names the
song: "“X” ... and it is by a band called the Reeds", "“X”, and the sleeve puts it
down to a group called Tin Weather", "“X”, played by a dance outfit who called
themselves the Gannets". The band so named is the one that performs the song.

Guards: only for a track with no performer yet; the title must come first in the
same sentence, with no other quoted title between; "by" or "to" must open the
act's phrase ("a band called A" as a thing talked about, "my cousin's band called
A", credits no one); words of a cover, a version or a denial between the title and
the act ("covered by a band called A", "not by a group called A") credit nothing.
Every pattern is bounded, with no nested quantifier."""

import re

from .sentences import add_unique

# The noun for the act and how it is named: "a band called", "a ceilidh outfit who
# called themselves", "an all-girl trio named".
_ACT = (
    r"\b(?:by|to)\s(?:a|an|some)\s(?:[\w-]{1,20}\s){0,3}?(?:band|group|outfit|trio"
    r"|duo|quartet|quintet|combo|ensemble|choir|four-piece|five-piece|three-piece)"
    r",?\s(?:called|named|who\scalled\sthemselves|calling\sthemselves)\s"
)
# The name: up to four words in capitals, "the" before them allowed.
_NAME = r"((?:[Tt]he\s)?[A-Z][\w'\u2019-]{0,25}(?:\s[A-Z][\w'\u2019-]{0,25}){0,3})"
# Between the title and the act: the same sentence, no other quoted title.
_BETWEEN = r"[\"\u201d\u2019']?([^.;!?\u201c\"]{0,140}?)"
# Words that make the act someone else's: a cover, a version, a denial.
OTHERS_RE = re.compile(
    r"\b(?:cover|covered|covers|version|remix|remixed|sampled|not|never|nor)\b",
    re.IGNORECASE,
)


def called_acts(ctx, text):
    """Give a track with no performer the act its sentence names by what it calls
    itself, after the title."""
    for track in ctx.tracks.values():
        if track["performers"]:
            continue
        found = re.search(
            r"[\"\u201c\u2018']" + re.escape(track["title"]) + _BETWEEN + _ACT + _NAME,
            text,
        )
        if found and not OTHERS_RE.search(found.group(1)):
            add_unique(track["performers"], [found.group(2)])
