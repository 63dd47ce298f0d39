"""A table of songs, as the HTML reader leaves it: one paragraph a row, its cells
joined by " – ". A header row names the columns ("Song – Sung by – Written by –
Billboard Hot 100", "Track – Artist – Writer", "Song – Music – Lyrics – Playback");
each row after it with as many cells is a song: its title, the names of each role's
column, and the position of a chart column ("#4", "16 (UK Singles)", "UK no. 5").
A column headed "Song" or "Track" names songs wherever it stands, and then the
columns no role names ("#", "Time", "Side", "Scene", "Notes") are passed over:
"# – Time – Song – Artist – Scene". A bare "Title" names songs only first, beside
role columns alone (a filmography's "Year – Title – Role" is no table of songs).
A row is read as a row, not as prose; the table ends at the first paragraph that is
not one of its rows."""

import re

from ..prose import match_key
from .chart_names import chart_in
from .chart_table_columns import named_chart_cells
from .charts import chart_peak
from .context import record_subject
from .patterns import COUNTRIES_OF, COUNTRY_CHARTS
from .sentences import add_unique, paragraph_text
from .track_bare_items import bare_item

CELL_SEPARATOR = " \u2013 "
# The first column's label: the song's title.
TITLE_COLUMN_RE = re.compile(
    r"^(?:the\s)?(?:song|track|title|song\stitle|tune)s?$", re.I
)
PERFORMER_COLUMN_RE = re.compile(
    r"^(?:(?:sung|performed|played|recorded)\sby|artists?|singers?|performers?"
    r"|playback(?:\ssingers?)?|vocals?|band|act)$",
    re.I,
)
COMPOSER_COLUMN_RE = re.compile(
    r"^(?:(?:written|composed)\sby|writers?|songwriters?|composers?|music|lyrics"
    r"|words|words\sand\smusic|music\sand\slyrics|lyricists?)$",
    re.I,
)
# A chart's column: a chart's name, or a peak's ("Peak in 1983", "Best chart placing").
CHART_COLUMN_RE = re.compile(
    r"\b(?:peak(?:ed)?|charts?|placing|position|highest)\b", re.I
)
# A position in a chart's cell: "#4", "No. 5", "16", "UK no. 5", "2 (West Germany)".
POSITION_RE = re.compile(
    r"^(?:([A-Z][\w.]*(?:\s[A-Z][\w.]*)?)\s)?(?:#|(?i:no|number)\.?\s?)?(\d{1,3})\b"
)
# The song named like the film: "The title song is still the draw", "the title track".
TITLE_SONG_RE = re.compile(r"\btitle\s(?:song|track|number|tune)\b", re.I)
# Names in a cell: "A, B", "A & B", "A and B"; not "Dale & the Dusters".
NAMES_SPLIT_RE = re.compile(r",\s|\s(?:&|and)\s(?!the\s)")
MAX_CELL_WORDS = 8


def cells_of(ctx, sentence):
    """The cells of the sentence's paragraph, when it is written as a table's row."""
    body = getattr(ctx.post, "body", None) or ()
    if not 0 <= sentence.paragraph < len(body):
        return None
    kind, value = body[sentence.paragraph]
    if kind != "paragraph" or not isinstance(value, str):
        return None
    text = paragraph_text(value).strip()
    if "\n" in text or CELL_SEPARATOR not in text:
        return None
    return [cell.strip() for cell in text.split(CELL_SEPARATOR)]


def column_of(label):
    """A column's role: "title", "performers", "composers", "chart", or None."""
    label = label.strip(" :*")
    if TITLE_COLUMN_RE.match(label):
        return "title"
    if PERFORMER_COLUMN_RE.match(label):
        return "performers"
    if COMPOSER_COLUMN_RE.match(label):
        return "composers"
    if chart_of(label) or CHART_COLUMN_RE.search(label):
        return "chart"
    return None


# A title column's label that says its cells are songs, wherever it stands.
SONG_COLUMN_RE = re.compile(r"^(?:the\s)?(?:song|track)s?(?:\stitles?)?$", re.I)


def header_of(cells):
    """The columns of a header row, or None: the title's first and a role's after
    it, or a column of songs anywhere beside at least one role's, the columns of
    no role passed over (None)."""
    if not cells or len(cells) < 2:
        return None
    columns = [column_of(cell) for cell in cells]
    if columns.count("title") != 1:
        return None
    if columns[0] == "title" and None not in columns:
        return columns
    songs = SONG_COLUMN_RE.match(cells[columns.index("title")].strip(" :*"))
    if songs is None or not {"performers", "composers", "chart"} & set(columns):
        return None
    return columns


def chart_of(text):
    """``(chart key, other name)`` a label or a cell names, not a generic word."""
    chart = chart_in(text + " ")
    if chart and chart[0] != "other":
        return chart
    return None


def table_row(ctx, sentence):
    """Whether the sentence is a table's header or row, its song read."""
    cells = cells_of(ctx, sentence)
    table = ctx.table
    if table is not None and sentence.paragraph == table["paragraph"]:
        return True  # the rest of a row already read
    header = header_of(cells)
    if header is not None:
        ctx.table = {
            "columns": header,
            "labels": cells,
            "paragraph": sentence.paragraph,
            "rows": 0,
        }
        return True
    if (
        table is None
        or cells is None
        or sentence.paragraph != table["paragraph"] + 1
        or len(cells) != len(table["columns"])
        or any(
            len(cell.split()) > MAX_CELL_WORDS
            for role, cell in zip(table["columns"], cells, strict=True)
            if role is not None
        )
    ):
        _end_table(ctx)
        title_song(ctx, sentence)
        return bare_item(ctx, sentence)  # "Salt Kiss — The Gulls" under "Tracklist"
    table["paragraph"] = sentence.paragraph
    table["rows"] += 1
    _read_row(ctx, sentence, table, cells)
    return True


def _end_table(ctx):
    """After a table of songs, "it" is none of its rows (the last row is no more the
    subject than the first) until a sentence names one; "the title song" names the
    row named like the film."""
    table, ctx.table = ctx.table, None
    if table is not None and table["rows"] > 1:
        ctx.remember("other", "")


def title_song(ctx, sentence):
    """ "The title song ...": the track named like the film is the one spoken of."""
    if not TITLE_SONG_RE.search(sentence.norm):
        return
    key = match_key(ctx.post.film_title)
    if key and key in ctx.tracks:
        ctx.remember("track", key)


def _read_row(ctx, sentence, table, cells):
    title = cells[table["columns"].index("title")]
    title = title.strip(" \"'\u201c\u201d\u2018\u2019")
    if not title[:1].isupper() and not title[:1].isdigit() and title[:1] != "(":
        return
    ctx.offset = 0
    track = ctx.track(sentence, title)
    named = named_chart_cells(table["labels"], cells)  # "X – Billboard Hot 100 – 3"
    if named:
        _peak(ctx, sentence, track, *named)
    for role, label, cell in zip(table["columns"], table["labels"], cells, strict=True):
        if role in ("performers", "composers"):
            names = _names(cell, role)
            add_unique(track[role], [name for name in names if name[:1].isupper()])
        elif role == "chart" and not named:
            _chart_cell(ctx, sentence, track, label, cell)


def _chart_cell(ctx, sentence, track, label, cell):
    """The peak a chart's cell gives: its chart from the column's label, else from
    the cell ("16 (UK Singles)") or the country before the number ("UK no. 5")."""
    found = POSITION_RE.match(cell)
    if found is None:
        return
    number = int(found.group(2))
    chart = chart_of(label) or chart_of(cell[found.end() :].strip(" ()"))
    country = COUNTRIES_OF.get(found.group(1) or "")
    if chart is None and country and COUNTRY_CHARTS.get(country, (None,))[0]:
        chart = (COUNTRY_CHARTS[country][0], "")
    if chart is None or not 0 < number <= 200:
        return
    _peak(ctx, sentence, track, chart, number)


def _peak(ctx, sentence, track, chart, number):
    subject = record_subject("track", track)
    label = f"No. {number}"
    chart_peak(ctx, sentence, subject, number, False, "", "", label, False, "", chart)


def _names(cell, role):
    """The names in a cell of credits: "A B, C D" and "A B & C D" are two people,
    but a performers' "Moss & Harlan", two single words, is one duo's name."""
    names = [name.strip() for name in NAMES_SPLIT_RE.split(cell)]
    if role == "performers" and len(names) == 2 and "," not in cell:
        if all(len(name.split()) == 1 for name in names):
            return [cell.strip()]
    return names
