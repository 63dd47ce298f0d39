"""A sentence that is only a chart's name, a comma and a position, as a fact sheet
or a speaker lists them ("Kuriakose: “Mainstream Rock, number four.", "Hot 100, thirty-eight.",
"UK Singles Chart, No. 12."): that chart's peak for the record named last, as a
row written with a dash or a colon is (chart_rows). Not a country or a time before
the comma ("In Canada, nine.", "Last week, number 38."): no chart is named."""

import re

from .chart_bare import CARDINAL, rank_number
from .chart_rows import CLAUSE_WORDS, NOT_PEAKS_RE, _peak_of

# A speaker's name and an opening quotation mark before the row: "Kuriakose: “Hot
# 100, thirty-eight."
SPEAKER = r"(?:[A-Z][\w'-]{1,20}(?:\s[A-Z][\w'-]{1,20})?:\s)?[^\w\s]?"
COMMA_ROW_RE = re.compile(
    rf"^{SPEAKER}([A-Z][^,:;.!?\u2013\u2014]{{2,40}}),\s(?:(?:No\.|[Nn]umber)\s?|#)?"
    rf"({CARDINAL})[.!]?\W?$"
)


def comma_row(ctx, sentence):
    """``(subject, position, chart)`` of a sentence that is a chart's name, a comma
    and a position; None otherwise."""
    row = COMMA_ROW_RE.match(sentence.norm.strip())
    if not row or NOT_PEAKS_RE.search(row.group(1)):
        return None
    if CLAUSE_WORDS & {word.lower() for word in row.group(1).split()}:
        return None
    number = rank_number(row.group(2))
    if not number:
        return None
    return _peak_of(ctx, sentence, row.group(1).strip(), number, row.end(1))
