"""A quoted title set beside words that make it one more piece by someone already
named: "“X”, another song of her own", "“X”, another waltz of his", "“X”, also Ada Roe's",
"“X”, another Ada Roe tune", or before it, "another waltz of hers, “X”". Said in a
sentence that tells where the piece is heard (over the credits, on screen, in the
montage), it is a song of the film as "the song" makes one; the same words in a
sentence that places it nowhere, or one that says it was cut, make nothing."""

import re

from .track_apposed import HEARD_RE

# The nouns the owner's piece may take: "another song of hers", "another Ada Roe
# tune".
_PIECE = (
    r"(?:song|tune|number|piece|composition|cue|ballad|waltz|reel|instrumental"
    r"|lullaby|march)"
)
# Whose it is: "of hers", "of his own", "of theirs".
_OF_OWNER = r"of\s(?:hers|his|theirs|(?:her|his|their)\sown)"
# A name's: "Ada Roe's", "Roe's".
_NAMES = r"[A-Z][\w-]{1,20}(?:\s[A-Z][\w-]{1,20}){0,2}"
# Just after the title: ", another song of her own", ", also Roe's", ", another Roe
# tune", ", again an Ada Roe composition"; not a bare ", another of hers", which
# may only be one more of a list the sentence goes on with.
OWNED_AFTER_RE = re.compile(
    r"^\W{0,3},\s(?:and\s)?(?:another|also|again)\s(?:an?\s)?"
    rf"(?:(?:[a-z][\w-]{{1,20}}\s){{0,2}}?{_PIECE}\s{_OF_OWNER}"
    rf"|{_NAMES}\s{_PIECE}"
    rf"|{_NAMES}['\u2019]s)"
    r"(?![\w-])"
)
# Just before the title: "another waltz of hers, " (not "another Ada Roe song, ",
# whose name the credit readers would take for the act playing it).
OWNED_BEFORE_RE = re.compile(
    rf"\banother\s(?:[a-z][\w-]{{1,20}}\s){{0,2}}?{_PIECE}\s{_OF_OWNER},?\s\W{{0,3}}$"
)
# Where it is seen played, which the heard words leave out, and words that say
# the piece never made the film ("was cut", "never used").
ON_SCREEN = ("on screen", "on camera")
CUT_RE = re.compile(
    r"\b(?:cut|dropped|unused|rejected|shelved|never\s(?:used|made|got)|not\sin"
    r"|isn't\sin|wasn't\sin|left\sout)\b",
    re.IGNORECASE,
)


def owned_other(before, after):
    """Whether a title is one more piece by someone named, in a sentence that says
    where it is heard: "over the end credits comes “X”, another song of her own"."""
    if not (OWNED_AFTER_RE.match(after[:80]) or OWNED_BEFORE_RE.search(before[-80:])):
        return False
    near = before[-160:] + " " + after[:160]
    if CUT_RE.search(near):
        return False
    return bool(HEARD_RE.search(near)) or any(words in near for words in ON_SCREEN)
