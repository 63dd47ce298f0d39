"""A credit the post gives only as what people believe, to deny it at once: "Half
the regulars think Clem sang it. He didn't." credits Clem with nothing (in that
role). A belief the post does not deny ("Most people think Ada wrote it, and she
did") stays."""

import re

from .credit_denials import drop_credit

NAME = r"([A-Z][\w'\u2019-]{1,30}(?:\s[A-Z][\w'\u2019-]{1,30}){0,3})"
# Group 1: the name; group 2: the verb. The belief, its credit, and a denial opening
# the next clause or sentence.
BELIEVED_RE = re.compile(
    r"\b(?:think|thinks|believe|believes|assume|assumes|reckon|reckons|swear|swears"
    r"|insist|insists)\s(?:that\s)?" + NAME + r"\s(wrote|co-wrote|composed|sang"
    r"|performed|recorded)\s(?:it|the\s(?:song|tune|track|number))\b[^.;!?]{0,40}"
    r"[.;!?]\s(?:but\s|But\s)?(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t)\s(?:didn['\u2019]t|did\snot"
    r"|never\sdid|wasn['\u2019]t|was\snot)\b"
)
PERFORMED = frozenset({"sang", "performed", "recorded"})


def drop_believed(ctx, text):
    """Drop the credits the post gives as a belief and denies at once."""
    for found in BELIEVED_RE.finditer(text):
        name, verb = found.group(1).casefold(), found.group(2).lower()
        drop_credit(ctx, "performers" if verb in PERFORMED else "composers", name)
