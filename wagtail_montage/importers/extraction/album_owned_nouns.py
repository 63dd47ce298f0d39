"""Albums named by the noun set beside their title, in more words than the shared
patterns take: whose record it is and which ("<i>X</i>, the band's second LP",
"<i>X</i>, Ada Moon's debut album", "Minnow Lane's one and only album, <i>X</i>",
"recorded it for their debut, <i>X</i>"), the soundtrack of a titled film with
words before "soundtrack" ("<i>X</i>, the three-LP complete soundtrack to
<i>Y</i>"), or a set said to be called so ("The box set is called <i>X</i>").
Every pattern is bounded."""

import re

from .album_words import ADJECTIVE, NOT_ITS_SONG

# A possessor: "the band's", "Ada Moon's", "the Terns'", "their", "our" (a
# member speaking: "It's on <i>X</i>, our second album").
_OWNER = (
    r"(?:(?:the\s)?[\w-]{1,30}(?:\s[A-Z][\w-]{0,30}){0,3}(?:'s|s')|their|his|her|its"
    r"|our|my)"
)
# Up to three words between the possessor and the record noun, none of them a song's
# noun: "second", "one and only", "long-lost third".
_WORDS = rf"{ADJECTIVE}{{0,3}}?"
_RECORD = r"(?:album|LP|EP|record|debut(?:\salbum|\sLP)?)"
# Just after a title: "“X”, the band's second LP", "<i>X</i>, her debut album".
OWNED_AFTER_RE = re.compile(
    rf"^,\s(?:the\s)?{_OWNER}\s{_WORDS}{_RECORD}\b(?!'){NOT_ITS_SONG}"
)
# Just before a title: "Minnow Lane's one and only album, ", "for their debut, ",
# "on her debut LP, ". "debut" alone only after a preposition ("recorded it for
# their debut, X"), not "Their debut, X, was a single".
OWNED_BEFORE_RE = re.compile(
    rf"{_OWNER}\s{_WORDS}(?:album|LP|EP)(?:,\s|\s)\W?$"
    rf"|\b(?:for|on|from|off)\s{_OWNER}\s(?:[\w-]{{1,20}}\s)?debut,\s\W?$"
)
# Just after a title: a titled film's soundtrack with words before "soundtrack".
# "<i>X</i>, the three-LP complete soundtrack to <i>Y</i>".
SOUNDTRACK_OF_TITLE_RE = re.compile(
    r"^,\s(?:the|its|their)\s(?:[\w-]{1,20}\s){1,3}?soundtrack(?:\salbum|\sLP)?"
    r"\s(?:to|of|from|for)\s(?:the\s(?:[\w-]{1,20}\s){0,4}?(?:film|movie|picture)\s)?"
    r"\ue000"
)
# Just before a title: a record said to be called so. "The box set is called ",
# "The compilation was titled ", "The record itself is named ".
RECORD_CALLED_RE = re.compile(
    r"\b(?:the|this|that)\s(?:box\sset|set|compilation|collection|record|album|LP)"
    r"\s(?:itself\s)?(?:is|was)\s(?:called|titled|named|entitled)\s\W?$",
    re.IGNORECASE,
)


def owned_album_noun(norm, start, end):
    """Whether the title quoted from ``start`` to ``end`` is named as a record by
    the noun beside it."""
    before = norm[max(0, start - 80) : start]
    after = norm[end : end + 120]
    return bool(
        OWNED_AFTER_RE.match(after)
        or SOUNDTRACK_OF_TITLE_RE.match(after)
        or OWNED_BEFORE_RE.search(before)
        or RECORD_CALLED_RE.search(before)
    )
