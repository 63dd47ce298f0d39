"""A level named as an award and then who received it: "RIAA gold for the single,
1977", "ARIA platinum award for the single", "a BPI silver disc for the album". The
record is the noun after "for", not whatever came before the level."""

import re

from .chart_clauses import another_between
from .discourse import anaphor
from .subjects import find_subject

# Right after the level: what the award was for.
FOR_RECORD_RE = re.compile(
    r"^\s(?:(?:award|disc|record|plaque|certification|certificate|status)\s)?for\s"
    r"(?:the|its|their|this|that)\s(?:[\w-]+\s)?"
    r"(?:single|song|track|record|album|soundtrack|LP|7-inch)\b",
    re.IGNORECASE,
)


# Right after the level: the title it was for, "an RIAA gold record award for “X”",
# "the ARIA platinum award for “X”", "a BPI silver disc for the single “X”".
FOR_TITLE_RE = re.compile(
    r"^\s(?:(?:record|award|disc|plaque|certificate)\s){0,2}for\s"
    r"(?:the\s(?:[\w-]+\s)?(?:single|song|track|album|soundtrack|LP)\s)?"
    r"[\"\u201c\ue000][^\"\u201d\ue001]{1,80}[\"\u201d\ue001]"
)


def recipient_after(ctx, sentence, match):
    """(title, kind, artist) of the record a level was given for, named after it
    ("RIAA gold for the single", "an RIAA gold record award for “X”"), or None."""
    after = sentence.norm[match.end() :]
    titled = FOR_TITLE_RE.match(after)
    if titled:
        start = sentence.index_at(match.end())
        end = sentence.index_at(match.end() + titled.end() - 1) + 1
        return find_subject(ctx, sentence, start, end)
    found = FOR_RECORD_RE.match(after)
    if not found:
        return None
    start = sentence.index_at(match.end())
    end = sentence.index_at(match.end() + found.end())
    if another_between(sentence, start, end):
        return None  # "RIAA gold for the next single": another record
    return anaphor(ctx, sentence, start, end)
