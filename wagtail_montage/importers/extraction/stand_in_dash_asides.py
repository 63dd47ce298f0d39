"""A stand-in verb broken by an aside between dashes before its "for" or "as": "X
stood in - quite brilliantly, as the stills show - for Y", "X's main street did duty
- with hardly any dressing - for Y", "X doubled - badly - as Y"; and "did duty for
Y" said straight. The aside is the writer's remark; the verb still says X played Y."""

import re

# The empty group stands for "played" of the other verbs: none of these is one. The
# aside is set off by two dashes (an en dash is read as "-"), and ends at the second.
DASHED_RE = re.compile(
    r"\b()(?:(?:stood|stands|standing|stand)\sin|(?:did|does|doing|do)\sduty"
    r"|doubled|doubles|doubling)\s(?:[\u2014-]\s?[^\u2014;]{1,160}?\s?[\u2014-]\s)?"
    r"(?:for|as)\s",
    re.IGNORECASE,
)


def dashed_matches(norm, found):
    """The stand-in verbs of ``norm`` said with an aside between dashes, or "did duty
    for", that none of the matches ``found`` already covers."""
    return [
        match
        for match in DASHED_RE.finditer(norm)
        if not any(
            other.start() < match.end() and match.start() < other.end()
            for other in found
        )
    ]
