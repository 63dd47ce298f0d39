"""A country and a word for a peak as the label of a position, with no chart named:
a row "UK peak: 33", a heading-like "Peak in the UK: seventh", or a country label
before a clause of its own, "UK: peaked at 22". The position is on the country's
chart as "peaked at 22 in the UK" would be: its singles chart, or its albums chart
for an album (the reader of the position checks the record against the chart).
Not a country alone ("UK: 7" is a row only in a list of chart rows, chart_list_rows),
nor a label of anything but a peak ("UK release: 12 May", "UK opening: No. 2")."""

import re

from .patterns import COUNTRIES_OF, COUNTRY_CHARTS

_COUNTRIES = "|".join(
    re.escape(name) for name in sorted(COUNTRIES_OF, key=len, reverse=True)
)
# Words for a record's best position on a chart.
_PEAK = r"(?:chart\s)?(?:peak|peak\sposition|highest\sposition|best\splacing|best\sposition)"
# "UK peak", "UK singles peak", "US chart peak"; "Peak in the UK", "Highest position
# in Canada".
PEAK_LABEL_RE = re.compile(
    rf"^(?:(?:the\s)?(?P<before>{_COUNTRIES})(?:\ssingles)?\s{_PEAK}"
    rf"|{_PEAK}\sin\s(?:the\s)?(?P<after>{_COUNTRIES}))$",
    re.IGNORECASE,
)
# What ends a label: a colon or a dash, then the position.
LABEL_END_RE = re.compile(r"\s?(?::|\s[\u2013\u2014-])\s$")
# A country's label, then the clause that gives its peak: "UK: peaked at ".
COUNTRY_CLAUSE_RE = re.compile(
    rf"^(?P<country>{_COUNTRIES})\s?(?::|\s[\u2013\u2014-])\s"
    r"(?:it\s)?(?:peaked|charted|topped\sout)\s(?:at\s)?(?:No\.\s?|number\s|#)?$",
    re.IGNORECASE,
)


def peak_label_country(label):
    """The country key of a peak's label ("UK peak", "Peak in the UK"), or None."""
    found = PEAK_LABEL_RE.match(label.strip())
    if not found:
        return None
    name = found.group("before") or found.group("after")
    return next(
        (key for word, key in COUNTRIES_OF.items() if word.lower() == name.lower()),
        None,
    )


def label_before_country(text):
    """The country key of the label ``text`` (a sentence up to its position) opens
    with: "UK peak: ", "Peak in the UK: ", "UK: peaked at "; else None."""
    clause = COUNTRY_CLAUSE_RE.match(text)
    if clause:
        return COUNTRIES_OF.get(clause.group("country"))
    end = LABEL_END_RE.search(text)
    return peak_label_country(text[: end.start()]) if end else None


def peak_label_chart(label):
    """``(chart key, "")`` of a row's peak label ("UK peak: 33"): the country's
    singles chart; else None."""
    country = peak_label_country(label)
    key = COUNTRY_CHARTS[country][0] if country else None
    return (key, "") if key else None


def label_country(sentence, lead):
    """The country of the label a sentence opens with, when ``lead`` (the words
    before a position) is the sentence's start: "UK: peaked at 22"."""
    return label_before_country(lead) if sentence.norm.startswith(lead) else None
