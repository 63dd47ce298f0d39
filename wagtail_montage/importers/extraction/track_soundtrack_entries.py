"""A film database's soundtrack list copied into a post: under a heading
"Soundtracks", each song's title as a heading of its own and, under it, a paragraph
of credit lines ("Written by Tova Lind and Ezra Punt", "Performed by The Quill
Sisters", "Written and Performed by Mae Orr", "Composed by Ida Marr", "Courtesy of
Larkspur Records", "By arrangement with Fenwick Music"). Each title is a track, the
writing lines its composers, the performing lines its performers; names are split
on commas and "and" ("Mae Orr and The Tallymen": two performers, as such lists
credit them).

Not read: a title heading not under "Soundtracks" (or "Soundtrack", "Songs",
"Music"), with nothing but other entries between; a paragraph with a line that is
not a credit or a licence line (a note, a remark in prose); a heading that is not a
title (a stop word first, more than twelve words); names in lower case. Every
pattern is bounded, with no nested quantifier."""

import html
import re

from ..prose import match_key
from .lexicon import STOP_STARTS
from .sentences import add_unique, clean_title
from .track_release_rows import NAME_RE

SECTION_RE = re.compile(
    r"^(?:the\s)?(?:soundtracks?|songs|music|songs\sin\sthe\s(?:film|movie))$",
    re.IGNORECASE,
)
# A credit line; group 1: a writing role, 2: a performing one, 3: both.
LINE_RE = re.compile(
    r"^(?:(written|composed|music|lyrics|words|words\sand\smusic|music\sand\slyrics"
    r"|written\sand\scomposed)|(performed|sung|played)|(written\sand\sperformed"
    r"|composed\sand\sperformed))\sby\s(.{1,160})$",
    re.IGNORECASE,
)
# A line of the entry that credits no one of the song.
LICENCE_RE = re.compile(
    r"^(?:courtesy\sof|by\sarrangement\swith|under\slicen[cs]e\sfrom|(?:arranged"
    r"|produced|conducted|orchestrated)\sby)\s.{1,120}$",
    re.IGNORECASE,
)
SPLIT_RE = re.compile(r",\s(?:and\s)?|\sand\s")
BREAK_RE = re.compile(r"<br\s?/?>")
LIMIT = 40


def soundtrack_entry(ctx, sentence):
    """Whether the sentence is a line of a soundtrack list's entry; its track and
    credits made."""
    body = ctx.post.body
    index = sentence.paragraph
    if not 2 <= index < len(body) or body[index - 1][0] != "heading":
        return False
    entry = _entry(body[index][1])
    if entry is None or not _under_section(body, index - 1):
        return False
    title = clean_title(html.unescape(body[index - 1][1].get("text") or "").strip())
    if (
        not title
        or title.split()[0] in STOP_STARTS
        or match_key(title) == ctx.film_key
        or SECTION_RE.match(title)
    ):
        return False
    composers, performers = entry
    ctx.offset = 0
    track = ctx.track(sentence, title)
    add_unique(track["composers"], composers)
    add_unique(track["performers"], performers)
    return True


def _entry(value):
    """``(composers, performers)`` of a paragraph of credit lines, else None."""
    if not isinstance(value, str) or value.lstrip().startswith(("<ul", "<ol")):
        return None
    text = re.sub(r"</?p>", "", value.strip())
    composers, performers = [], []
    for line in BREAK_RE.split(text):
        line = html.unescape(re.sub(r"<[^<>]{0,200}>", "", line)).strip()
        found = LINE_RE.match(line)
        if found is None:
            if LICENCE_RE.match(line):
                continue
            return None
        names = [
            re.sub(r"^the\s", "", name.strip())  # "by the Reeds": the Reeds
            for name in SPLIT_RE.split(found.group(4).rstrip("."))
        ]
        if not all(NAME_RE.match(name) for name in names):
            return None
        if found.group(1) or found.group(3):
            add_unique(composers, names)
        if found.group(2) or found.group(3):
            add_unique(performers, names)
    if not (composers or performers):
        return None
    return composers, performers


def _under_section(body, index):
    """Whether the title heading at ``index`` follows a "Soundtracks" heading with
    only other entries between."""
    for back in range(index - 1, max(-1, index - LIMIT), -1):
        kind, value = body[back]
        if kind == "heading":
            if SECTION_RE.match((value.get("text") or "").strip()):
                return True
            continue
        if _entry(value) is None:
            return False
    return False
