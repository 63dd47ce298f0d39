"""A peak as the subject of "was as high as it got" or "was its best placing":
"Nineteen on the Kent chart was as high as it got", "It did well in Britain
(eleven was as high as it climbed)", "sixteen was as high as the single went on the
Hot 100", "No. 23 on the UK chart was its best placing".

Read: a number (in words or figures, "No. N", "number N") opening the sentence or
its clause (after a colon, a bracket, a semicolon or a comma), the chart after it
("on the Kent chart") or after the verb ("as high as it got on the Hot 100"), or the
country of the clause before ("top twenty in Britain (...)", chart_peak's own
reading); the record is the one named or pointed at ("it") before the number.
Not read: a number with no chart and no country near it ("Thirty was as high as it
got that week": a temperature, a price), a denial or a wish ("never as high as it
should have been", "would be as high as it got"), a count ("forty was as high as the
crowd got"), a question.
"""

import re

from .chart_bare import CARDINAL, rank_number
from .chart_names import chart_in

# 1 the number, 2 what follows it up to "was" (a chart, or nothing), 3 after.
HIGHEST_RE = re.compile(
    r"(?:^|[:(;]\s?|,\s)(?:(?:No\.|[Nn]umber)\s)?(" + CARDINAL + r")"
    r"((?:\s(?:on|in)\s[^,;:.!?()]{2,50}?)?)"
    r"\swas\s(?:as\shigh\sas\s(?:it|the\s(?:song|single|record|track|album|LP))"
    r"\s(?:got|went|climbed|reached|managed|rose|charted|ever\sgot)"
    r"|(?:its|the\s(?:song|single|record|album)['\u2019]s)\s(?:best|highest|peak)"
    r"(?:\s(?:chart\s)?(?:position|placing|place|spot))?)\b",
    re.IGNORECASE,
)
# Words before the number that deny or wish it.
DENIED_RE = re.compile(
    r"\b(?:never|not|would|could|might|should|if|whether|wish|hoped?)\b[^.;:]{0,40}$",
    re.IGNORECASE,
)


def highest_peaks(sentence):
    """``(number, start, end, after, chart)`` of each peak said to be as high as the
    record got: ``after`` the text after the number, ``chart`` the chart named
    between the number and "was" or right after the verb (or None)."""
    found = []
    norm = sentence.norm
    if norm.rstrip().endswith("?"):
        return found
    for match in HIGHEST_RE.finditer(norm):
        number = rank_number(match.group(1))
        if not number or DENIED_RE.search(
            norm[max(0, match.start() - 60) : match.start(1)]
        ):
            continue
        between = match.group(2)
        rest = norm[match.end() : match.end() + 100]
        chart = (chart_in(between + " ") if between else None) or (
            chart_in(rest[:60]) if rest.startswith((" on ", " in ")) else None
        )
        after = between if between else rest
        found.append((number, match.start(1), match.end(1), after, chart))
    return found
