"""A record named only by what owns it: "“X” (1971), whose theme topped the Hot 100",
"“X”'s title song went to No. 2". The quoted title is the film (or the act) the
song belongs to, not the record that charted: its position is for the editor."""

import re

from .chart_clauses import another_between

# Right after the quoted title (a year in parentheses between): the record it owns.
OWNED_RECORD_RE = re.compile(
    r"^\W{0,3}(?:\(\d{4}\)\W{0,3})?(?:,\s(?:\w+\s){0,3}?whose|['\u2019]s)\s"
    r"(?:(?:own|title|main|love|opening|closing|end|big|hit|theme)\s)?"
    r"(?:theme|song|single|soundtrack|score|tune|ballad|title\strack|music)\b",
    re.IGNORECASE,
)


def owned_by_title(sentence, region):
    """Whether a title quoted in the token ``region`` before a position only owns
    the record that charted: "“X” (1971), whose theme topped the Hot 100"."""
    start, end = region
    if start >= end or end > len(sentence.tokens):
        return False
    begin, finish = sentence.tokens[start].start, sentence.tokens[end - 1].end
    return any(
        OWNED_RECORD_RE.match(sentence.norm[quote_end:finish])
        for _text, _start, quote_end in sentence.quotes_within(begin, finish)
    )


def not_this_record(sentence, region):
    """Whether the token ``region`` before a position names a record that is not the
    one a title or "it" there would give: a title's theme ("“X” (1971), whose theme
    topped ..."), another record untitled ("..., and their next single reached")."""
    if owned_by_title(sentence, region):
        return True
    start, end = region
    if start >= end or end > len(sentence.tokens):
        return False
    begin, finish = sentence.tokens[start].start, sentence.tokens[end - 1].end
    quoted = any(sentence.quotes_within(begin, finish))
    return not quoted and another_between(sentence, start, end)
