"""What a year in a sentence is the year of. A film's year is the year it came out;
a sentence may give others: a birth or a death ("he was born in Penzance in 1932"),
a building's age ("the barn was built in 1871"), the making of the film ("the crew shot
the dance on the moor in the spring of 1974", "my brother and I were extras in
<i>X</i> that summer, 1974"), a later life of it ("remade in 1998"). Such a year is
tied to another event by the nearest verb or noun of an event before it in its
clause, and is not the film's; the nearest one a release ("shot in 1966 and came out
in 1967") leaves it the film's. A release said from a year ("in the spring of 1974
(it came out the year after)") is that year's next one."""

import re

from .patterns import YEAR

# The words that tie a year to what happened in it: an event that is not the film's
# release (a life's, a building's, a later one of the film's), the film's making (its
# year when the post gives no other) or its release.
TIE_RE = re.compile(
    r"\b(?:(?P<event>born|died|buried|married|built|founded|remade|remake|reissued?"
    r"|re-released?|restored|anniversary)|(?P<making>filmed|filming|shot|shooting"
    r"|extras?|hired|on\sset|wrapped)|(?P<release>released|release|came\sout"
    r"|comes\sout|opened|premiered|premiere|(?:hit|reached)\s(?:the\s)?(?:cinemas"
    r"|screens|theaters|theatres)))\b",
    re.IGNORECASE,
)
# The clause before a year: up to this many characters, back to a full stop or a
# semicolon.
REACH = 90
# Just after a year: a release said from it. "(it came out the year after)", ", and
# the film opened the following year", "; it was released a year later".
SHIFT_RE = re.compile(
    r"^[\s(,;\u2013\u2014-]{0,4}(?:and\s|but\s)?(?:it|the\s(?:film|movie|picture))"
    r"\s(?:only\s|finally\s)?(?:came\sout|was\sreleased|opened|premiered)\s"
    r"(?:(?P<after>the\syear\safter|the\sfollowing\syear|the\snext\syear"
    r"|a\syear\slater)|(?P<before>the\syear\sbefore|a\syear\searlier))\b",
    re.IGNORECASE,
)
YEAR_RE = re.compile(rf"\b{YEAR}\b")


def tie(text, start):
    """What the words before the year at ``start`` in its clause tie it to:
    "event" (another one), "making" (the film's), "release" or None."""
    clause = re.split(r"[.;!?]\s", text[max(0, start - REACH) : start])[-1]
    kinds = [found.lastgroup for found in TIE_RE.finditer(clause)]
    return kinds[-1] if kinds else None


def shift(text, end):
    """-1, 0 or 1: how the words right after a year move it to the film's release
    ("1974 (it came out the year after)": 1)."""
    found = SHIFT_RE.match(text[end : end + 60])
    if not found:
        return 0
    return 1 if found.group("after") else -1


def release_years(text):
    """The years of ``text`` that may be its film's, and whether they are only its
    making's: each year moved by a release said from it; none tied to another
    event; those of the making only when there are no others."""
    years, making = set(), set()
    for found in YEAR_RE.finditer(text):
        moved = shift(text, found.end())
        kind = tie(text, found.start())
        if moved:
            years.add(int(found.group(1)) + moved)
        elif kind == "making":
            making.add(int(found.group(1)))
        elif kind != "event":
            years.add(int(found.group(1)))
    return (years, False) if years or not making else (making, True)
