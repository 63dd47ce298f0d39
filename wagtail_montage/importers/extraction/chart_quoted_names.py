"""A chart's maker written in italics or quotes, as a magazine's name is: "No. 31 on
the <i>Billboard</i> 200", "No. 4 on <i>Cash Box</i>'s Top 100". The reader marks the
italics as it marks quotes (“Billboard” 200), which hides the chart's name from the
patterns that know it: the marks around a chart maker's name are taken off before a
chart is looked for. A song's title in quotes keeps them: only the makers below lose
theirs."""

import re

# A chart maker's name in quotes, then a space or its possessive: the quotes go.
QUOTED_MAKER_RE = re.compile(
    r"[\ue000\u201c\"\u2018]"
    r"(Billboard|Cash\sBox|Cashbox|Record\sWorld|Music\sWeek|Record\sMirror"
    r"|Melody\sMaker|NME|Music\s&\sMedia|RPM)"
    r"[\ue001\u201d\"\u2019](?=['\u2019]s\s|\s)"
)
OPENING_MARKS = frozenset('\ue000\u201c"\u2018')


def unquoted_makers(text):
    """``text`` with the quotes around a chart maker's name taken off: "on the
    “Billboard” 200" -> "on the Billboard 200"."""
    if not OPENING_MARKS & set(text):
        return text
    return QUOTED_MAKER_RE.sub(r"\1", text)
