"""A chart as the subject that places the record, in any tense and with a phrase
about the chart between them: "the retrospective Kent Music Report, compiled in
1993, places it at number 4", "the Hot 100 of that week lists the single at No. 31"
is not here (no comma), but "Billboard's Hot 100, as printed that week, has it at
No. 31" is. The position after "at" is on that chart, as in "The Kent Music Report
had it at No. 5" (chart_names' chart_just_before)."""

import re

from .patterns import CHARTS

# Between the chart and the position: maybe an aside in commas (", compiled in
# 1993,") or its country ("in Australia"), a verb of placing, "it" or the record.
PLACING_RE = re.compile(
    r"(?:,\s[^,;:.!?]{3,40},|\s(?:in|over\sin)\s[A-Z][\w.]{1,20})?"
    r"\s(?:has|had|puts|put|places|placed|ranks|ranked|lists|listed|shows|showed)"
    r"\s(?:it|the\s(?:song|single|record|track|album|LP))\s(?:as\shigh\sas|at"
    r"|peaking\sat)\s$"
)


def chart_placing(before):
    """``(key, "")`` of the listed chart that places the record at the position
    right after ``before``, or None."""
    tail = before[-120:]
    found = PLACING_RE.search(tail)
    if not found:
        return None
    head = tail[: found.start()]
    for pattern, key in CHARTS:
        if any(named.end() == len(head) for named in pattern.finditer(head)):
            return (key, "")
    return None
