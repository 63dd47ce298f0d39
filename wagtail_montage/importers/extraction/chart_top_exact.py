"""A top-N position whose exact peak a bracket gives right after it: "the LP went top
ten on the Billboard 200 (number 8, the label says)", "a Top 10 record (pk. 8,
Billboard 200)", "top five on the country chart (peaked at 4)". The fact is the
bracket's peak, on the chart the top-N names, never a peak at N itself."""

import re

from .chart_mentions import parse_number

# The bracket's exact peak: "(number 8", "(No. 8", "(pk. 8", "(peaked at 4", "(#6".
EXACT_RE = re.compile(
    r"\(\s?(?:No\.|[Nn]umber|pk\.|[Pp]eak(?:ed)?(?:\sat)?|#)\s?([\w-]{1,14})\b"
)
# How far after the top-N the bracket may open, within the same clause.
REACH = 60
CLAUSE_BREAKS = re.compile(r"[.;:!?]\s|,\s(?:and|but)\s|\)")


def bracketed_peak(text, after, top):
    """The exact peak a bracket right after a top-``top`` position gives (no higher
    than ``top``), or None: ``after``, the words after the position, read on in
    ``text``, the sentence (``after`` may stop at the bracket)."""
    at = text.find(after) if after else -1
    after = text[at : at + REACH] if at >= 0 else after
    found = EXACT_RE.search(after[:REACH])
    if not found or CLAUSE_BREAKS.search(after[: found.start()]):
        return None
    number = parse_number(found.group(1))
    return number if number and number <= top else None
