"""Positions written as labels, with no verb: a fan page's chart list ("UK Singles
Chart: #4", "US, Billboard Hot 100: #11") or a colon and countries ("Chart chat: UK
No. 9, Canada No. 11 on RPM"). They are the last song's."""

import re

from .chart_names import chart_fits, chart_in
from .patterns import CHART_VERBS, COUNTRIES_OF, COUNTRY_CHARTS, WEAK_CHART_VERBS

# What may follow a labelled position: the end, a comma, "!!!", " on RPM".
LABEL_END_RE = re.compile(r"^\s?(?:[,!.;)]|$|\son\s)")


def label_chart(sentence, match):
    """``(chart key, other name)`` or ``(country, None)`` a labelled position is on,
    or None when the position is not a label's: "UK Singles Chart: #4" -> the UK
    singles chart, "Chart chat: UK No. 9" -> the UK."""
    before = sentence.norm[: match.start()]
    if ":" not in before or not LABEL_END_RE.match(sentence.norm[match.end() :]):
        return None
    words = {token.text.lower() for token in sentence.tokens}
    if words & (CHART_VERBS | WEAK_CHART_VERBS):
        return None  # a sentence with a verb of its own is read as a sentence
    head, _colon, tail = before.rpartition(":")
    segment = tail.rsplit(",", 1)[-1].strip()
    if segment in COUNTRIES_OF:
        return (COUNTRIES_OF[segment], None)
    if segment or len(head.split()) > 6:
        return None
    return chart_in(head.rsplit(":", 1)[-1] + " ")


def labelled_peak(ctx, sentence, match, number, after, add):
    """Add a labelled position as the last song's peak with ``add(subject, chart)``;
    whether it was one."""
    found = label_chart(sentence, match)
    subject = ctx.last() if found else None
    if subject is None:
        return False
    kind = subject[1]
    chart = chart_in(after[:100])
    if chart is None and found[1] is None:
        if kind == "album":
            return False  # "UK No. 6" after an album: its single's, most likely
        key = COUNTRY_CHARTS[found[0]][0]
        chart = (key, "") if key else None
    chart = chart or (found if found[1] is not None else None)
    if chart is None or not chart_fits(kind, *chart) or number is None:
        return False
    add(subject, chart)
    return True
