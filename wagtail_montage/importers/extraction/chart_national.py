"""The chart of the one country whose chart a sentence names in words ("the UK
chart", "the highest American chart"), for a position the sentence gives no chart
of its own: "It entered the UK chart at 61 and sat in fourth place for a
fortnight"."""

import re

from .chart_foreign import FOREIGN_RE
from .chart_names import ADJECTIVE_COUNTRIES
from .patterns import COUNTRIES_OF, COUNTRY_CHARTS

THE_NATIONAL_CHART_RE = re.compile(
    r"\b(?:the|[Hh]ighest)\s(UK|U\.K\.|US|U\.S\.|American|Canadian|Australian|German|West German)"
    r"\s(?:pop\s)?charts?\b"
)


def national_chart(sentence, kind):
    """The chart of the one country whose chart a sentence names ("the UK chart"),
    when it names no chart of its own, for a position with none: "It entered the UK
    chart at 61 and sat in fourth place for a fortnight"."""
    if sentence.charts:
        return None
    countries = {
        COUNTRIES_OF.get(found.group(1)) or ADJECTIVE_COUNTRIES.get(found.group(1))
        for found in THE_NATIONAL_CHART_RE.finditer(sentence.norm)
    }
    if len(countries) != 1 or FOREIGN_RE.search(sentence.norm):
        return None
    return COUNTRY_CHARTS[countries.pop()][kind == "album"]
