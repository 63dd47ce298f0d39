"""Titles a writer marks in bold in running prose: "The song in the montage is
<b>Tin Roof Blues</b> sung by Ada Moon", "you hear <b>Pier Lights</b> by the
Terns". Such a span is read like an italic one (a title's mark) when it sits inside
a sentence, after a word or a comma on its own line, and looks like a name: it
opens on a capital, is short, and ends on no full stop or colon.

Bold means other things too, and those stay plain: a speaker's label ("<b>ADA:</b>",
"<b>Ada Moon, singer:</b>"), a heading or a date at the start of a line
("<b>Thursday, 5 March.</b>"), a quiz's answer after its question ("Who sang it?
<b>The Terns</b>"), a table's head ("Chart – <b>Highest</b>"), a chart's name
("on the <b>Billboard Hot 100</b>") and a span that already holds a title's
marks. A record's whole title in bold ("<b>X: Songs from the Road</b>") is a title
wherever it stands, a quiz's answer too."""

import re

from .patterns import ALBUM_WORDS_RE, CHARTS, TAG_RE

BOLD_RE = re.compile(r"<b>([^<>]{1,100})</b>")
# Where a line of the paragraph starts: text before it is another line's.
LINE_START_RE = re.compile(
    r"<br/?>|</?(?:p|li|ul|ol|td|th|tr|table|div)\b[^<>]{0,200}>"
)
# What a bold title's words may be: capitalised words, small words between them,
# a bracketed part ("Insert Coin (To Continue)").
BOLD_TITLE_RE = re.compile(
    r"^[A-Z0-9][\w'\u2019&!?,.:()-]{0,30}(?:\s[\w'\u2019&!?,.:()-]{1,30}){0,9}$"
)
# Before a bold term of the writer's own ("the <b>Barn Dance</b>"): no title.
DETERMINERS = frozenset(
    {"the", "a", "an", "this", "that", "our", "my", "his", "her", "their", "its"}
)
# A record's generic words: a bold span opening on them names no record of its own.
GENERIC_OPENINGS = frozenset(
    {"The", "Original", "Soundtrack", "Music", "Songs", "OST", "Album", "Motion"}
)
# Words a title leaves in lower case.
SMALL_WORDS = frozenset(
    {
        "a",
        "an",
        "the",
        "of",
        "and",
        "or",
        "in",
        "on",
        "to",
        "for",
        "by",
        "at",
        "from",
        "with",
        "into",
        "over",
        "upon",
        "onto",
    }
)
# Quotation marks in a span: it holds a title already, or a quotation.
QUOTE_CHARS = frozenset('\u201c\u201d\u2018"')


def _in_sentence(html, start):
    """Whether the text on the bold span's line before it ends on a word or a comma
    and a space: the span is inside a sentence, not its head or a quiz's answer."""
    before = html[max(0, start - 200) : start]
    lines = list(LINE_START_RE.finditer(before))
    if lines:
        before = before[lines[-1].end() :]
    before = TAG_RE.sub("", before)
    stripped = before.rstrip()
    if not stripped or stripped == before:
        return False  # nothing before it on its line, or no space before it
    if stripped[-1] == ",":
        return True
    word = stripped.split()[-1]
    # "The <b>Barn Dance Montage</b> is ...", "on the <b>X</b> chart": a term
    return word.isalnum() and word.lower() not in DETERMINERS and not word.istitle()


def _a_title(text, after):
    """Whether the bold words look like a title, not a label, a sentence or a chart."""
    text = text.strip()
    if (
        not BOLD_TITLE_RE.match(text)
        or text[-1] in ".:,;"
        or after.lstrip()[:1] == ":"
        or any(char in QUOTE_CHARS for char in text)
    ):
        return False
    if text.replace(" ", "").isdigit():
        return False
    return not any(pattern.search(text) for pattern, _key in CHARTS)


def _an_album(text):
    """Whether the bold words are a record's whole title, wherever they stand: "X:
    Songs from the Road", "X (Original Soundtrack)"; not "The Soundtrack" alone."""
    words = text.split()
    return (
        len(words) >= 3
        and bool(ALBUM_WORDS_RE.search(text))
        and words[0] not in GENERIC_OPENINGS
        and not words[0].endswith(":")  # "Q: Is there a soundtrack album?"
        and text.rstrip()[-1:] not in "?!"
        # a title's capitals: "Songs from the Road", not "is on the album"
        and all(
            not word[:1].islower() for word in words if word.lower() not in SMALL_WORDS
        )
    )


def mark_bold_titles(html):
    """The paragraph's HTML with each bold title inside a sentence in italics (read
    as a title's marks); every other bold span as it was."""
    if "<b>" not in html:
        return html

    def replace(match):
        after = html[match.end() : match.end() + 3]
        if _an_album(match.group(1)) and _a_title(match.group(1), after):
            return f"<i>{match.group(1)}</i>"  # a quiz's answer may name the record
        if _in_sentence(html, match.start()) and _a_title(match.group(1), after):
            return f"<i>{match.group(1)}</i>"
        return match.group(0)

    return BOLD_RE.sub(replace, html)
