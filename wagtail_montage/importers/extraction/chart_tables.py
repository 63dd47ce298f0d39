"""A table of one record's charts with more columns than the chart and its peak, as
the HTML reader leaves it (one paragraph a row, its cells joined by a dash): a
header row names the columns ("Chart – Peak – Weeks on", "Chart – Weeks – Peak
position", "Country / chart – Highest – Year"), and each row right after it with as
many cells is the chart in the chart's column and the position in the peak's
column, not whatever number ends the row ("Billboard Hot 100 – 6 – 19": No. 6, for
19 weeks). Without such a header, a row with two numbers is no peak at all: which
of them is the position?"""

import re

CELL_SPLIT_RE = re.compile(r"\s[-\u2013\u2014]\s")
# The header of the chart's column and of the peak's.
CHART_HEAD_RE = re.compile(r"\bcharts?\b|^country$|^market$", re.IGNORECASE)
PEAK_HEAD_RE = re.compile(
    r"^(?:(?:chart\s)?peak(?:\sposition)?|highest(?:\sposition)?|best(?:\sposition)?"
    r"|top\sposition|position|pos\.?)$",
    re.IGNORECASE,
)
# A position in its cell: "6", "#6", "No. 6".
POSITION_RE = re.compile(r"^(?:#|[Nn]o\.\s?)?(\d{1,3})$")
NUMBER_CELL_RE = re.compile(r"^\D{0,4}\d")


def table_row(ctx, sentence):
    """For a sentence that is a table's header or row: ``(chart label, position,
    where the label ends)`` of a row read by its header, ``()`` for a header or a row
    that gives no peak; None for a sentence that is no such row."""
    cells = CELL_SPLIT_RE.split(sentence.norm.strip())
    if len(cells) < 3:
        return None
    header = _header(cells)
    if header is not None:
        ctx.chart_table = (sentence.paragraph, header)
        return ()
    table = getattr(ctx, "chart_table", None)
    if table is None or sentence.paragraph != table[0] + 1 or len(cells) != table[1][2]:
        numbers = [cell for cell in cells if NUMBER_CELL_RE.match(cell)]
        return () if len(numbers) > 1 else None  # "Hot 100 – 6 – 19": which?
    ctx.chart_table = (sentence.paragraph, table[1])
    chart_at, peak_at, _count = table[1]
    position = POSITION_RE.match(cells[peak_at].strip())
    if not position:
        return ()  # "— (never charted)"
    label_end = sentence.norm.find(cells[chart_at]) + len(cells[chart_at])
    return (cells[chart_at], int(position.group(1)), label_end)


def _header(cells):
    """``(chart column, peak column, columns)`` of a header row, or None."""
    if any(char.isdigit() for cell in cells for char in cell):
        return None
    charts = [at for at, cell in enumerate(cells) if CHART_HEAD_RE.search(cell)]
    peaks = [at for at, cell in enumerate(cells) if PEAK_HEAD_RE.match(cell.strip())]
    if len(charts) != 1 or len(peaks) != 1 or charts == peaks:
        return None
    return (charts[0], peaks[0], len(cells))
