"""A range made exact in apposition right after it: "made the Adult Contemporary top
20 (18th, to be exact)", "scraped into the British top fifty — forty-fifth, for a
single week". The ordinal is the peak, on the range's chart."""

import re

from .chart_bare import ORDINAL, rank_number

# An ordinal set off right after a range (in parentheses, after a dash or a comma),
# and closed there: "top 20 (18th, to be exact)", "top fifty — forty-fifth, for".
EXACT_AFTER_RE = re.compile(
    rf"^\s?(?:\(|[\u2013\u2014]\s?|\s-\s|,\s)(?:at\s)?({ORDINAL})"
    r"(?=[,;)]|\s?[\u2013\u2014]|\s(?:to\sbe\s(?:exact|precise)|exactly|precisely"
    r"|for|at\sits\speak)\b)",
    re.IGNORECASE,
)


def exact_rank(norm, match, top):
    """The position an ordinal in apposition right after the range ``match`` (the
    top ``top``) states, or None: never one outside the range."""
    found = EXACT_AFTER_RE.match(norm[match.end() : match.end() + 40])
    if not found:
        return None
    number = rank_number(found.group(1))
    return number if number and top and number <= top else None
