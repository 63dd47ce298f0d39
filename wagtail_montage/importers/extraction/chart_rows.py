"""A chart table's row, or a line written like one: a chart's name, a dash or a
colon, and the bare position ("UK Singles Chart – 6", "Canada (RPM): 19", "Oricon
singles chart – 3rd place"). With no "No." or "#", the position is a peak only when
the line is nothing else and its label names a chart, not a country alone (but in a
list of chart rows, chart_list_rows); the record is the one the label's noun names
("Single: ...") or the last one named. A row of a table with more columns is read by
its header (chart_tables)."""

import re

from .chart_labels import label_subject
from .chart_list_rows import run_country_chart
from .chart_names import chart_fits, chart_in
from .chart_peak_labels import peak_label_chart
from .chart_peak_rows import named_label_chart, one_word_chart, peak_row
from .chart_table_kinds import table_record
from .chart_tables import table_row
from .patterns import CHART_VERBS, WEAK_CHART_VERBS

ROW_RE = re.compile(
    r"^([^:\u2013\u2014\n]{3,60}?)\s?(?::|\s[\u2013\u2014-])\s"
    r"(\d{1,3})(?:st|nd|rd|th)?(?:\splace)?\.?$"
)
# Labels whose number is not a peak: "Weeks on the UK Singles Chart: 12", "Hot 100
# debut – 40", "Year-end Hot 100 – 17".
NOT_PEAKS_RE = re.compile(
    r"\b(?:weeks?|days?|years?|year-end|entr(?:y|ies)|debut(?:ed)?|entered|sales"
    r"|copies|streams|plays|spins|rank(?:ing)?|seconds|minutes|tracks?)\b",
    re.IGNORECASE,
)
# A country's Hot 100 that is not Billboard's: "Canadian Hot 100".
OWN_HOT_RE = re.compile(r"\b(Canadian|Japan|Japanese)\sHot\s100\b")
# A chart the list of charts does not hold: "Oricon singles chart".
NAMED_CHART_RE = re.compile(
    r"^([A-Z][\w'-]+(?:\s[A-Z][\w'-]+)?)\s(single|album)s?\schart$", re.IGNORECASE
)

# Words that make a clause of a label: "It sat on the UK Singles Chart - 7".
CLAUSE_WORDS = CHART_VERBS | WEAK_CHART_VERBS | {"it", "she", "he", "they", "we", "i"}
OWNERS = frozenset({"the", "her", "his", "my", "their", "our", "its", "this", "that"})


def row_chart(label):
    """``(chart key, other name)`` a row's label names, or None."""
    own = OWN_HOT_RE.search(label)
    if own:
        return ("other", own.group(0))
    chart = chart_in(label + " ")
    if chart:
        return chart
    named = NAMED_CHART_RE.match(label)
    if named and named.group(1).split()[0].lower() not in OWNERS:
        return ("other", f"{named.group(1)} {named.group(2).lower()}s")
    return None


def chart_row(ctx, sentence):
    """``(subject, position, chart)`` of a sentence that is a chart row, else None."""
    columns = table_row(ctx, sentence)  # "Billboard Hot 100 – 6 – 19" after a header
    if columns is not None:
        return _peak_of(ctx, sentence, *columns) if columns else None
    row = ROW_RE.match(sentence.norm.strip())
    # "Topplistan (Sweden): entered at 14, peak no. 2, 11 weeks" (chart_peak_rows)
    label, number, label_end = (
        (row.group(1).strip(), int(row.group(2)), row.end(1))
        if row
        else peak_row(sentence) or ("", 0, 0)
    )
    if not label or NOT_PEAKS_RE.search(label):
        return None
    words = {word.lower() for word in label.split()}
    if CLAUSE_WORDS & words and not peak_label_chart(label):  # not "UK peak: 33"
        return None
    return _peak_of(ctx, sentence, label, number, label_end)


def _peak_of(ctx, sentence, label, number, label_end):
    """``(subject, position, chart)`` of a row's chart label and position."""
    chart = (
        row_chart(label)
        or run_country_chart(ctx, sentence, label)  # "UK: 7"
        or one_word_chart(label)  # "Topplistan (Sweden): peak no. 2"
        or named_label_chart(label)  # "Italy, Hit Parade Italia: 2"
        or peak_label_chart(label)  # "UK peak: 33"
    )
    if chart is None or not 0 < number <= 200:
        return None
    subject = label_subject(ctx, sentence, label_end) or ctx.last()
    subject = table_record(ctx, sentence, subject)  # "Canada Top Singles - 22"
    if subject is not None and not chart_fits(subject[1], *chart):
        other = "album" if subject[1] == "track" else "track"
        subject = ctx.last(other)
    if subject is None or not chart_fits(subject[1], *chart):
        return None
    return subject, number, chart
