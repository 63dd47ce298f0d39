"""A list's row that names its record, then the chart, then the peak: "“X”:
<i>Billboard</i> Hot 100, peak 44", "<i>Y</i>: UK Albums Chart, peaked at 27",
"Table 4.1 — “X”: RPM (Canada), peak 19". A catalogue's or a study's table written as
a list: the title before the colon is the row's record (a track or an album the post
has named), the words between the colon and the comma its chart."""

import re

from ..prose import match_key
from .chart_comma_rows import comma_row
from .chart_names import chart_fits
from .chart_rows import chart_row, row_chart
from .context import record_subject
from .sentences import clean_title

# The row: a caption before a dash, the title in quotes or italics, a colon, the
# chart's words, a comma, the peak's word and the position.
TITLED_ROW_RE = re.compile(
    r"^(?:[^\ue000\u201c:]{1,30}\s[\u2013\u2014-]\s)?"
    r"[\ue000\u201c]([^\ue001\u201d]{1,100})[\ue001\u201d]\s?:\s"
    r"([^,:;]{3,60}),\s"
    r"(?:peak(?:ed)?(?:\sat)?|peaking\sat|highest\s(?:position|place)|best)"
    r"\s(?:No\.\s?|#|number\s)?(\d{1,3})\.?$",
    re.IGNORECASE,
)


def titled_row(ctx, sentence):
    """``(subject, position, chart)`` of a row naming its record, chart and peak,
    else None."""
    row = TITLED_ROW_RE.match(sentence.norm.strip())
    if row is None:
        return None
    title = clean_title(row.group(1)) or row.group(1)
    key = match_key(title)
    if key in ctx.tracks:
        subject = record_subject("track", ctx.tracks[key])
    elif key in ctx.albums:
        subject = record_subject("album", ctx.albums[key])
    else:
        return None  # a title the post has not named as a record
    chart = row_chart(row.group(2).strip())
    number = int(row.group(3))
    if chart is None or not 0 < number <= 200 or not chart_fits(subject[1], *chart):
        return None
    return subject, number, chart


def any_row(ctx, sentence):
    """``(subject, position, chart)`` of a sentence that is a chart row of any form
    ("UK Singles Chart – 6", "Hot 100, thirty-eight.", "“X”: Hot 100, peak 44"),
    else None."""
    return (
        chart_row(ctx, sentence)
        or comma_row(ctx, sentence)
        or titled_row(ctx, sentence)
    )
