"""The last name of a "with" list that a credit verb follows is that verb's subject,
not one more partner: in "“X”, which A co-wrote with B and the Cs recorded" B wrote
it with A and the Cs recorded it ("B and the Cs" is no band here)."""

import re

from .credit_subjects import PERFORMED, WROTE
from .sentences import add_unique

# What may stand inside the names of a "with" list.
LIST_WORDS = frozenset({"and", "&", "the", ","})
# What joined a partner to the doer: "B and the Cs", "B & Cs".
JOINT_RE = re.compile(r",?\s(?:and|&)\s(?:the\s)?$", re.IGNORECASE)
# How many tokens the list may run to before its verb.
REACH = 12


def doer_after_with(sentence, after, track, names):
    """The names of the "with" list from ``tokens[after]`` without the one a credit
    verb right after the list has for subject; that one is credited to ``track``
    in the verb's role. ``names`` as read, when no verb follows."""
    tokens = sentence.tokens
    start = _with_at(tokens, after)
    if start is None or not names:
        return names
    end = start
    while end < min(len(tokens), start + REACH) and (
        tokens[end].cap or tokens[end].text.lower() in LIST_WORDS
    ):
        end += 1
    verb = tokens[end].text.lower() if end < len(tokens) else ""
    if verb not in WROTE | PERFORMED:
        return names
    split = next(
        (
            i
            for i in range(end - 1, start, -1)
            if tokens[i].text.lower() in ("and", "&")
        ),
        None,
    )
    first = split + 1 if split is not None else end
    if first < end and tokens[first].text.lower() == "the":
        first += 1
    if split is None or first >= end or not all(t.cap for t in tokens[first:end]):
        return names
    doer = sentence.span(first, end)
    if not _other_title(sentence, end + 1):  # "... and the Cs recorded “Y”": not X
        add_unique(track["composers" if verb in WROTE else "performers"], [doer])
    return [_partner(name, doer) for name in names if name != doer]


def _with_at(tokens, after):
    """The index of the first name after "with" at or right after ``tokens[after]``
    ("with B", ", with B", "together with B"), else None."""
    for index in range(after, min(len(tokens), after + 3)):
        if tokens[index].text.lower() == "with":
            return index + 1
        if tokens[index].text.lower() not in (",", "together", "along"):
            return None
    return None


def _partner(name, doer):
    """A name read as one act with the doer ("B and the Cs") is only its partner
    part ("B")."""
    if not name.endswith(doer):
        return name
    return JOINT_RE.sub("", name[: -len(doer)])


def _other_title(sentence, index):
    """Whether a quoted title opens at ``tokens[index]``: the verb's own object."""
    if index >= len(sentence.tokens):
        return False
    return sentence.tokens[index].start in sentence.quote_starts
