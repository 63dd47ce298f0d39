"""Location offers that the sentence itself says were never filmed there: a wish or a
plan ("the crew hoped to shoot at X", "applied to film on X"), hearsay the post
reports to doubt it ("fan sites claim it was shot in X", "Myth two: the pier is X",
"the one everybody thinks is X", "An earlier version stated that it was filmed at
X"), another work's shoot ("the 2008 remake, filmed in X"), a question ("Was any of it
shot in X?") or a denial after the name ("X, but nothing in it was shot there"). What
a place is only wished, rumoured or asked to be is no filming place: such an offer
costs the editor a click and is taken back after every reader has run. A sentence
that turns from the wish to what was done ("wanted X, but shot it in Y") keeps the
offer of Y."""

import re

from .place_cues import DOCUMENT_CLAIM

# A wish, a plan or an attempt that leads to a filming verb: "wanted to shoot",
# "had hoped to film it", "applied to film", "planned to go".
WISHED = (
    r"(?:wanted|wants|hoped|hopes|planned|plans|intended|tried|applied|wished"
    r"|dreamed|dreamt)\sto\s(?:[\w'-]{1,15}\s){0,2}?(?:shoot|film|use|go)\b"
)
# Hearsay that the post reports in order to doubt it.
HEARSAY = (
    r"claim(?:s|ed)?|myths?|rumou?r(?:s|ed)?|often\srepeated|originally\swrote"
    r"|fan\ssites|forums?\ssays?|(?:everybody|everyone|people)\sthinks?"
    r"|some\ssources|(?:tell|told|tells)\s(?:customers|visitors|tourists|everyone)"
    # another text's claim: "An earlier version stated", "A widely shared post says"
    rf"|{DOCUMENT_CLAIM}"
    # another work's shoot: "the 2008 remake, filmed in X", "a serial filmed at X"
    r"|(?:sequels?|remakes?|prequels?|spin-offs?|serials?),?\s(?:was\s|were\s)?"
    r"(?:filmed|shot)"
)
CUE_RE = re.compile(rf"\b(?:{WISHED}|{HEARSAY})\b", re.IGNORECASE)
# A turn from the wish to what was done: "but", "so", "instead", a semicolon.
TURN_RE = re.compile(r"\b(?:but|so|instead|yet|though|although|whereas)\b|;")
# What ends the name's clause before a question mark: its question is another's.
CLAUSE_BREAK_RE = re.compile(r"[,;:(\u2013\u2014]")
# A denial after the name: "nothing in the montage was shot there".
DENIAL_RE = re.compile(
    r"\b(?:nothing|none|no\spart)\s(?:[\w'-]{1,15}\s){0,5}?(?:was|were)\s"
    r"(?:ever\s)?(?:shot|filmed)\s(?:there|here)\b",
    re.IGNORECASE,
)


def drop_unfilmed_places(ctx):
    """Take back each location offer whose sentence only wishes, rumours, asks or
    denies that the place was filmed."""
    ctx.withdraw(lambda item: item.get("kind") == "location" and unfilmed(item))


def unfilmed(item):
    """Whether the offer's sentence says its place was only wished, rumoured, asked
    about or denied."""
    sentence = item["sentence"]
    name = (item.get("value") or {}).get("name") or ""
    at = sentence.find(name) if name else -1
    if at < 0:
        return False
    rest = sentence[at + len(name) :].rstrip(" \u201d\u2019\"')")
    if rest.endswith("?") and not CLAUSE_BREAK_RE.search(rest):
        return True  # "Was any of it shot in X?", not "X, ... but who's counting?"
    if DENIAL_RE.search(sentence, at + len(name)):
        return True
    before = sentence[:at]
    cues = list(CUE_RE.finditer(before))
    return bool(cues) and not TURN_RE.search(before, cues[-1].end())
