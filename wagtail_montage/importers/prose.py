"""Small text helpers shared by the importers: whitespace, dates, titles, plain text.

Every pattern here is anchored or bounded and has no nested quantifiers, so it runs
in linear time on whatever a source file holds.
"""

import re
import unicodedata
import warnings
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime
from html import unescape
from urllib.parse import urlsplit

from bs4 import (
    BeautifulSoup,
    CData,
    MarkupResemblesLocatorWarning,
    NavigableString,
    Tag,
    XMLParsedAsHTMLWarning,
)

# The teaser field's limit (VideoFeaturePage.teaser).
from ..models.pages import TEASER_MAX_LENGTH

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = r"([A-Za-z]{3,9})\.?"
# "27 November 1985", "November 27, 1985", "Wednesday, November 27, 1985", "November 1985".
_ORDINALS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth"
    " thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth"
).split()
# "the fourteenth of June", "the twenty-first of May": days in words.
DAY_WORDS = {
    **{word: day for day, word in enumerate(_ORDINALS, 1)},
    "twentieth": 20,
    **{f"twenty-{word}": 20 + day for day, word in enumerate(_ORDINALS[:9], 1)},
    "thirtieth": 30,
    "thirty-first": 31,
}
_DAY_WORD = "|".join(sorted(DAY_WORDS, key=len, reverse=True))
DAY_MONTH_YEAR_RE = re.compile(
    rf"\b([0-3]?[0-9]|{_DAY_WORD})(?:st|nd|rd|th)?\s(?:of\s)?"
    + _MONTH
    + r",?\s([12][0-9]{3})\b",
    re.IGNORECASE,
)
MONTH_DAY_YEAR_RE = re.compile(
    r"\b" + _MONTH + r"\s([0-3]?[0-9])(?:st|nd|rd|th)?,?\s([12][0-9]{3})\b"
)
MONTH_YEAR_RE = re.compile(r"\b" + _MONTH + r",?\s([12][0-9]{3})\b")

# Trailing "read more" markers of excerpts: "[+]", "[…]", "[...]", "Read more", "(more…)".
_READ_MORE_RE = re.compile(
    r"(?:\[\s?(?:\+|…|\.{3}|more|read more)\s?\]|\(\s?more\s?(?:…|\.{3})?\s?\)"
    r"|(?:read more|continue reading|weiterlesen)\s?(?:→|»|…|\.{3})?)$",
    re.IGNORECASE,
)
# Words in square brackets after a title that are not a film: "[Video]", "[HD]".
_NOT_FILMS = {"video", "hd", "4k", "updated", "update", "trailer", "nsfw", "repost"}
# ... nor a record's or a copy's format with what qualifies it: "[LP, 1976]", "[HD
# restore]", "[4K remaster]"; a film's title goes on in capitals.
_FORMATS = _NOT_FILMS | {"lp", "ep", "cd", "dvd", "vhs", "vinyl", "blu-ray"}
_FORMAT_TAG_RE = re.compile(
    r"^([\w-]{2,8})(?:,?\s(?:[a-z][a-z-]{0,20}|[12][0-9]{3})){0,3}$"
)
_BRACKET_YEAR_RE = re.compile(r"^(.{1,200}?)(?:,\s?|\s\()([12][0-9]{3})\)?$")


def collapse(text):
    """Whitespace runs (any Unicode space) as single spaces, trimmed."""
    return " ".join((text or "").split())


def match_key(text):
    """Text for comparisons: NFKC, apostrophes and quotes made straight, case folded."""
    text = unicodedata.normalize("NFKC", text or "")
    text = text.translate({0x2019: "'", 0x2018: "'", 0x201C: '"', 0x201D: '"'})
    return collapse(text).casefold()


def truncate(text, limit):
    """``text`` cut at a word boundary to at most ``limit`` characters, with an ellipsis."""
    text = collapse(text)
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:-–—") + "…"


def clean_teaser(text, limit=TEASER_MAX_LENGTH):
    """An excerpt as a teaser: plain, without its read-more marker, within the limit."""
    text = collapse(text)
    for _ in range(3):
        stripped = _READ_MORE_RE.sub("", text).rstrip()
        if stripped == text:
            break
        text = stripped
    return truncate(text, limit)


def split_film_suffix(title):
    """``("Rocky training in Russia", "Rocky IV", None)`` from
    ``"Rocky training in Russia [Rocky IV]"``; ``(title, "", None)`` without a suffix.

    ``[Rocky IV (1985)]`` and ``[Rocky IV, 1985]`` give the year too.
    """
    title = collapse(title)
    if not title.endswith("]"):
        return title, "", None
    start = title.rfind("[")
    inner = collapse(title[start + 1 : -1]) if start > 0 else ""
    if (
        not inner
        or "[" in inner
        or len(inner) > 200
        or inner.casefold() in _NOT_FILMS
        or _format_tag(inner)
        or not (inner[0].isupper() or inner[0].isdigit())
    ):
        return title, "", None
    year = None
    match = _BRACKET_YEAR_RE.match(inner)
    if match and 1880 <= int(match.group(2)) <= 2100:
        inner, year = match.group(1).strip(), int(match.group(2))
    return title[:start].rstrip(" -–—|:"), inner, year


def _format_tag(inner):
    """Whether a title's bracket holds a format and its qualifiers: "LP, 1976"."""
    found = _FORMAT_TAG_RE.match(inner)
    return bool(found) and found.group(1).casefold() in _FORMATS


def safe_url(href):
    """``href`` if it is an absolute http(s) URL, else ``""``."""
    href = (href or "").strip()
    if not href or len(href) > 2048 or any(ch.isspace() for ch in href):
        return ""
    try:
        parts = urlsplit(href)
    except ValueError:
        return ""
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return ""
    return href


def _month(name):
    return MONTHS.get(name.casefold().rstrip("."))


def _valid_date(year, month, day):
    try:
        date(year, month or 1, day or 1)
    except ValueError:
        return False
    return 1000 <= year <= 2100


def _day(text):
    return int(text) if text.isdigit() else DAY_WORDS[text.lower()]


def find_date(text):
    """The first date in prose as ``(year, month, day)``, month and day possibly None.

    "27 November 1985", "November 27, 1985" and "November 1985"; a bare year is
    not a date here.
    """
    found = []
    for match in DAY_MONTH_YEAR_RE.finditer(text):
        month = _month(match.group(2))
        if month:
            found.append(
                (match.start(), (int(match.group(3)), month, _day(match.group(1))))
            )
            break
    for match in MONTH_DAY_YEAR_RE.finditer(text):
        month = _month(match.group(1))
        if month:
            found.append(
                (match.start(), (int(match.group(3)), month, int(match.group(2))))
            )
            break
    if not found:
        for match in MONTH_YEAR_RE.finditer(text):
            month = _month(match.group(1))
            if month:
                found.append((match.start(), (int(match.group(2)), month, None)))
                break
    for _start, value in sorted(found):
        if _valid_date(*value):
            return value
    return None


def iso_partial_date(year, month=None, day=None):
    """``1985-11-27``, ``1985-11`` or ``1985``: the album block's release date."""
    if day and month:
        return f"{year:04d}-{month:02d}-{day:02d}"
    if month:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}"


def parse_datetime(value):
    """A datetime from ISO 8601, RFC 2822 or prose ("Wednesday, November 27, 2019").

    Aware when the source gives an offset, naive otherwise; None when unreadable.
    """
    value = collapse(value)
    if not value or len(value) > 100:
        return None
    iso = value[:-1] + "+00:00" if value.endswith(("Z", "z")) else value
    try:
        parsed = datetime.fromisoformat(iso)
    except ValueError:
        parsed = None
    if parsed is not None:
        return parsed if 1000 <= parsed.year <= 2100 else None
    if "," in value[:10] and value[:3].isalpha():
        try:
            parsed = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError, OverflowError):
            parsed = None
        if parsed is not None:
            return parsed
    found = find_date(value)
    if found and found[2]:
        return datetime(found[0], found[1], found[2])
    return None


def parse_wordpress_datetime(value, utc):
    """A WXR ``YYYY-MM-DD HH:MM:SS`` date: aware UTC for ``*_gmt`` fields, else naive.

    WordPress writes ``0000-00-00 00:00:00`` for drafts that were never scheduled.
    """
    value = collapse(value)
    if not value or value.startswith("0000"):
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    if not 1000 <= parsed.year <= 2100:
        return None
    if utc and parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed


# Elements after which plain text starts a new paragraph or line.
_PARAGRAPH_TAGS = frozenset(
    {
        "p",
        "div",
        "blockquote",
        "pre",
        "ul",
        "ol",
        "table",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
    }
)
_LINE_TAGS = frozenset({"li", "tr", "dt", "dd"})
_BLANK_LINES_RE = re.compile(r"\n{3,}")


_TAG_RE = re.compile(r"<[^<>]{0,4096}>")


def fragment_text(html):
    """The plain text of a paragraph block's HTML as the importers write it
    (``<p>``, ``<b>``, ``<i>``, ``<a>``, lists, ``<br/>``): quicker than a parse."""
    text = html.replace("<br/>", "\n").replace("</li>", "\n").replace("</p>", "\n")
    text = unescape(_TAG_RE.sub("", text))
    return "\n".join(
        line for line in (collapse(line) for line in text.split("\n")) if line
    )


def soup_of(markup):
    """``markup`` parsed with the standard library's HTML parser. Whatever a source
    holds is read as HTML: bs4's guesses ("looks like XML", "looks like a URL") are
    not for the importer's report."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
        return BeautifulSoup(markup, "html.parser")


def plain_text(markup):
    """HTML (or text with line breaks, as WordPress stores comments) as plain text:
    paragraphs separated by a blank line, ``<br>`` as a line break, tags dropped.

    One pass with an explicit stack: no recursion, linear however deep the markup.
    """
    soup = soup_of(markup or "")
    parts, stack = [], [(soup, False)]
    while stack:
        node, leaving = stack.pop()
        if leaving:
            parts.append("\n\n" if node.name in _PARAGRAPH_TAGS else "\n")
        elif isinstance(node, Tag):
            if node.name == "br":
                parts.append("\n")
            elif node.name not in ("script", "style", "template"):
                if node.name in _PARAGRAPH_TAGS:
                    parts.append("\n\n")
                if node.name in _PARAGRAPH_TAGS or node.name in _LINE_TAGS:
                    stack.append((node, True))
                stack.extend((child, False) for child in reversed(node.contents))
        elif type(node) in (NavigableString, CData):
            parts.append(str(node))
    text = "".join(parts).replace("\r\n", "\n").replace("\r", "\n")
    lines = [" ".join(line.split()) for line in text.split("\n")]
    return _BLANK_LINES_RE.sub("\n\n", "\n".join(lines)).strip()
