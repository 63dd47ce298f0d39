"""The kind of record a chart table is about, read from all of its rows.

A song's page often sets its peaks in a table of one row a chart ("Chart | Peak
position", then "Australia (Kent Music Report) | 31", "Canada Top Singles (RPM) | 22",
"Irish Singles Chart (IRMA) | 4"), right after a paragraph that named the soundtrack
album last. A row alone ("Australia (Kent Music Report) | 31") fits either kind, but
the table's other rows say whose run it is: a row whose label names a singles chart
(a chart only singles are on, or "Singles" in its name) makes every row of the table
a single's, and one naming an albums chart an album's. Such a row is the post's track
the memory holds last, or its one track; never the album named before the table. A
table whose rows name both kinds, or neither, says nothing of the kind.
"""

import re

from .chart_names import chart_fits, chart_in
from .context import record_subject
from .sentences import paragraph_text

# A row of such a table, as its paragraph's text: a label, a dash or a colon, a number.
ROW_TEXT_RE = re.compile(
    r"^([^:\u2013\u2014\n]{3,60}?)\s?(?::|\s[\u2013\u2014-])\s\d{1,3}\.?"
    r"(?:\s\([^()\n]{1,160}\))?$"
)
# The end of a list's item: "<li>Dutch Top 40: 6</li><li>UK Singles Chart: 12</li>".
ITEM_END_RE = re.compile(r"</li>", re.IGNORECASE)
# The word in a row's label that names the kind itself: "Canada Top Singles (RPM)".
KIND_WORD_RE = re.compile(r"\b(singles|albums)\b", re.IGNORECASE)
# How far to look for the table's other rows, each way.
REACH = 30


def _row_label(ctx, index):
    """The chart label of body paragraph ``index`` when it is a table's row."""
    kind, value = ctx.post.body[index]
    if kind != "paragraph" or not isinstance(value, str):
        return None
    row = ROW_TEXT_RE.match(paragraph_text(value).strip())
    return row.group(1) if row else None


def _item_labels(value):
    """The chart labels of a list's items that are rows, when the block is a list."""
    if not value.lstrip().startswith(("<ul", "<ol")):
        return []
    rows = (
        ROW_TEXT_RE.match(paragraph_text(item).strip())
        for item in ITEM_END_RE.split(value)
    )
    return [row.group(1) for row in rows if row]


def _labels(ctx, at):
    """The labels of the run of rows around body paragraph ``at``, or of the items
    of the list it is ("Chart positions: / Irish Singles Chart: 2 / Dutch Top 40: 6")."""
    body = getattr(ctx.post, "body", None) or ()
    if not 0 <= at < len(body):
        return []
    kind, value = body[at]
    items = (
        _item_labels(value) if kind == "paragraph" and isinstance(value, str) else []
    )
    if items:
        return items
    if _row_label(ctx, at) is None:
        return []
    labels = []
    for step in (-1, 1):
        index = at + (step if step > 0 else 0)
        while 0 <= index < len(body) and abs(index - at) <= REACH:
            label = _row_label(ctx, index)
            if label is None:
                break
            labels.append(label)
            index += step
    return labels


def _label_kind(label):
    """ "track" or "album" when a row's label can hold one kind only, else None."""
    word = KIND_WORD_RE.search(label)
    if word:
        return "track" if word.group(1).lower() == "singles" else "album"
    chart = chart_in(label + " ")
    if chart is None:
        return None
    track, album = chart_fits("track", *chart), chart_fits("album", *chart)
    if track == album:
        return None
    return "track" if track else "album"


def table_kind(ctx, sentence):
    """ "track" or "album": the one kind the rows of ``sentence``'s table hold, or
    None."""
    kinds = {_label_kind(label) for label in _labels(ctx, sentence.paragraph)}
    kinds.discard(None)
    return kinds.pop() if len(kinds) == 1 else None


def _last_of(ctx, kind):
    """The post's record of ``kind`` the memory holds last, or its one such record."""
    records = ctx.tracks if kind == "track" else ctx.albums
    for found, key in reversed(ctx.recent):
        if found == kind and key in records:
            return record_subject(kind, records[key])
    if len(records) != 1:
        return None
    return record_subject(kind, next(iter(records.values())))


def table_record(ctx, sentence, subject):
    """The record a table row is about: ``subject`` when it is of the kind the
    table's rows hold (or they hold either), else the post's record of that kind."""
    kind = table_kind(ctx, sentence)
    if kind is None or (subject is not None and subject[1] == kind):
        return subject
    return _last_of(ctx, kind)
