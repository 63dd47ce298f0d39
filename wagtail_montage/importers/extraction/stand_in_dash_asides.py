"""A stand-in verb broken by an aside between dashes before its "for" or "as": "X
stood in - quite brilliantly, as the stills show - for Y", "X's main street did duty
- with hardly any dressing - for Y", "X doubled - badly - as Y", "X, playing - with
no effort - Y"; and "did duty for Y" said straight. The aside is the writer's remark;
the verb still says X played Y."""

import re

# The empty group stands for "played" of the other verbs: none of these is one. The
# aside is set off by two dashes (an en dash is read as "-"), and ends at the second.
DASHED_RE = re.compile(
    r"\b()(?:(?:stood|stands|standing|stand)\sin|(?:did|does|doing|do)\sduty"
    r"|doubled|doubles|doubling)\s(?:[\u2014-]\s?[^\u2014;]{1,160}?\s?[\u2014-]\s)?"
    r"(?:for|as)\s",
    re.IGNORECASE,
)
# "X, playing - without much effort - Y": "playing" is the group, as in DOUBLED_RE,
# so "X played Y" is read only when X is a place.
PLAYED_DASHED_RE = re.compile(
    r"\b(played|plays|playing)\s[\u2014-]\s?[^\u2014;]{1,160}?\s?[\u2014-]\s",
    re.IGNORECASE,
)


def dashed_matches(norm, found):
    """``found`` with the stand-in verbs of ``norm`` said with an aside between dashes,
    or "did duty for", that no other match covers; such a verb replaces the bare one
    read at its start ("playing" before the dash)."""
    dashed = [
        match
        for match in [*DASHED_RE.finditer(norm), *PLAYED_DASHED_RE.finditer(norm)]
        if not any(
            other.start() < match.end()
            and match.start() < other.end()
            and other.start() != match.start()
            for other in found
        )
    ]
    starts = {match.start() for match in dashed}
    return [match for match in found if match.start() not in starts] + dashed
