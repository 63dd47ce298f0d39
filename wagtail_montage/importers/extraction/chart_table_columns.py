"""A table of records and their peaks, as the HTML reader leaves it (one paragraph a
row, its cells joined by a dash), read by its header's columns:

- a column of charts' names beside a column of peaks ("Song – Chart – Peak", then
  "X – Billboard Hot 100 – 3"): the row's peak is on the chart its chart cell names;
- a column of records beside a country's peaks ("Record – UK peak – Certification",
  then "X (single) – 19 – none", "Y (LP) – 7 – BPI gold"): the row's record at its
  position on that country's singles or albums chart, by the kind the row or the
  post gives it.

A cell that is no number ("did not chart", "—") gives no peak."""

import re

from ..prose import match_key
from .chart_names import chart_fits
from .chart_rows import row_chart
from .chart_tables import CELL_SPLIT_RE, PEAK_HEAD_RE, POSITION_RE
from .context import record_subject
from .patterns import COUNTRIES_OF, COUNTRY_CHARTS
from .sentences import clean_title

# The column of charts' names: "Chart", "Charts", "Chart name".
CHART_NAME_HEAD_RE = re.compile(r"^charts?(?:\sname)?$", re.IGNORECASE)
# The column of records: "Record", "Release", "Single", "Title".
RECORD_HEAD_RE = re.compile(
    r"^(?:the\s)?(?:records?|releases?|singles?|titles?|songs?|tracks?)$",
    re.IGNORECASE,
)
# A country's name in a label: "UK", "West Germany".
COUNTRY = r"[A-Z][\w.]{0,30}(?:\s[A-Z][\w.]{0,30})?"
# A country's peaks: "UK peak", "Peak (US)", "US chart peak", "Peak in the UK".
COUNTRY_PEAK_RE = re.compile(
    rf"^(?:(?P<before>{COUNTRY})\s(?i:chart\s)?(?i:peak|position)|(?i:peak|highest)"
    rf"\s(?i:position\s)?(?i:in\s(?:the\s)?)?\(?(?P<after>{COUNTRY})\)?)$"
)
ALBUM_MARKS = frozenset({"lp", "album", "soundtrack"})
# The most words a header's label has: "Highest position in the UK".
HEAD_WORDS = 5
# What a row's title cell says the record is: "X (single)", "Y (LP)".
KIND_MARK_RE = re.compile(r"\s?\((single|7-inch|LP|album|soundtrack|EP)\)$", re.I)


def named_chart_cells(labels, cells):
    """``(chart, position)`` of a row whose header has one column of charts' names
    and one of peaks ("Song – Chart – Peak"), or a country's peaks ("Title – Peak
    (US)"); None otherwise."""
    header = _columns(labels)
    if header is None or len(cells) != len(labels):
        return None
    return _chart_and_position(header, cells, "track")


def _columns(labels):
    """``(chart names' column, peaks' column, country)`` of a header's labels; the
    columns None when there are none, the whole None when it has no peaks."""
    names = [at for at, label in enumerate(labels) if CHART_NAME_HEAD_RE.match(label)]
    peaks = [at for at, label in enumerate(labels) if PEAK_HEAD_RE.match(label)]
    if len(names) == 1 and len(peaks) == 1:
        return (names[0], peaks[0], None)
    countries = [
        (at, COUNTRIES_OF.get(found.group("before") or found.group("after")))
        for at, label in enumerate(labels)
        for found in [COUNTRY_PEAK_RE.match(label.strip())]
        if found
    ]
    if len(countries) == 1 and countries[0][1] and not names:
        return (None, countries[0][0], countries[0][1])
    return None


def _chart_and_position(header, cells, kind):
    """``(chart, position)`` of a row's cells by its header's columns, or None."""
    names_at, peak_at, country = header
    position = POSITION_RE.match(cells[peak_at].strip())
    if position is None or not 0 < int(position.group(1)) <= 200:
        return None
    if country:
        chart = COUNTRY_CHARTS.get(country, (None, None))[kind == "album"]
        chart = (chart, "") if chart else None
    else:
        chart = row_chart(cells[names_at])
    if chart is None or not chart_fits(kind, *chart):
        return None
    return chart, int(position.group(1))


def record_header(cells):
    """``(record column, columns, peaks' header)`` of a header row with a column of
    records ("Record – UK peak – Certification", "Song – Chart – Weeks"), the peaks'
    header None when no column holds peaks; None for no such header."""
    if len(cells) < 2 or any(char.isdigit() for cell in cells for char in cell):
        return None
    if any(len(cell.split()) > HEAD_WORDS for cell in cells):
        return None
    records = [at for at, cell in enumerate(cells) if RECORD_HEAD_RE.match(cell)]
    if len(records) != 1:
        return None
    labels = [cell.strip() for cell in cells]
    return (records[0], len(cells), _columns(labels))


def record_row(ctx, sentence):
    """``(subject, position, chart)`` of a row right after a header with a column
    of records (or after such a row), ``()`` for the header or a row with no peak,
    None for a sentence that is no such row."""
    cells = CELL_SPLIT_RE.split(sentence.norm.strip())
    header = record_header(cells)
    if header is not None:
        ctx.record_table = (sentence.paragraph, header)
        return ()
    table = ctx.record_table
    if table is None or sentence.paragraph != table[0] + 1:
        return None
    record_at, count, peaks = table[1]
    if len(cells) != count:
        return None
    ctx.record_table = (sentence.paragraph, table[1])
    subject = _record(ctx, sentence, cells[record_at])
    if peaks is None or subject is None:
        return ()  # "Song – Chart – Weeks": no column of peaks
    found = _chart_and_position(peaks, cells, subject[1])
    return (subject, found[1], found[0]) if found else ()


def _record(ctx, sentence, cell):
    """(title, kind, artist) of the record a row's title cell names: one the post
    knows, or an album its mark says it is ("Y (LP)"); None otherwise."""
    mark = KIND_MARK_RE.search(cell)
    title = clean_title(cell[: mark.start()] if mark else cell)
    key = match_key(title or "")
    if not key:
        return None
    album = mark is not None and mark.group(1).lower() in ALBUM_MARKS
    if key in ctx.albums or (album and key not in ctx.tracks):
        found = ctx.album(sentence, title)
        return record_subject("album", found)
    if key in ctx.tracks:
        track = ctx.tracks[key]
        return record_subject("track", track)
    return None
