"""A setlist page copied into a post: a header that names the act, the venue and the
date ("The Tin Larks at Corn Exchange, Leeds, England — May 3, 1986", as a heading
or a short paragraph of its own), then a list of the night's songs ("1. Quay
Lights", "Encore: 9. Kettle Blues", "4. Old Mill Road (Hetty Brask cover)", "6.
Low Gate (with Ossie Brand)"). The act performs each song of the list the post has
as a track; a cover's named person wrote it, a guest sings it with the act.

Not read: a header without a venue after "at" and a comma, or without a year, or
that runs on as prose (more than thirty words); a list further than two blocks
after the header; songs of the list the post does not have as tracks (the setlist
holds songs the film dropped); a list with fewer than two of the post's tracks; a
cover by a band or one word ("(Larks cover)"). Every pattern is bounded, with no
nested quantifier."""

import html
import re

from ..prose import match_key
from .sentences import add_unique

# "The Tin Larks at Corn Exchange, Leeds": the act, "at", a venue and a comma.
HEADER_RE = re.compile(
    r"^((?:The\s)?[A-Z][\w'\u2019&.-]{0,25}(?:\s(?:[A-Z][\w'\u2019&.-]{0,25}|&|and|of"
    r"|the)){0,4})\sat\s(?:the\s)?[A-Z][^,.<]{1,60},\s[A-Z]"
)
YEAR_RE = re.compile(r"\b(?:19|20)[0-9]{2}\b")
ITEM_RE = re.compile(r"<li>\s?([^<]{1,200}?)\s?</li>")
# "Encore: 10. X", "3. X", "12) X".
PLACE_RE = re.compile(r"^(?:encore\s?:\s?)?(?:[1-9][0-9]?[.)]\s)?", re.IGNORECASE)
# A closing bracket: "(Hetty Brask cover)", "(with Ossie Brand)", another remark.
BRACKET_RE = re.compile(r"\s\(([^()]{1,60})\)$")
COVER_RE = re.compile(
    r"^([A-Z][\w'\u2019-]{1,25}(?:\s[A-Z][\w'\u2019-]{1,25}){1,2})\scover$"
)
WITH_RE = re.compile(
    r"^with\s((?:the\s)?[A-Z][\w'\u2019-]{1,25}(?:\s[A-Z][\w'\u2019-]{1,25}){0,3})$"
)
GAP = 2
MAX_WORDS = 30


def setlist_bands(ctx):
    """Give the post's tracks on a setlist the act (and guests, and covered
    writers) its page names."""
    act, since = None, 0
    for kind, value in ctx.post.body:
        text = value.get("text", "") if isinstance(value, dict) else value
        if not isinstance(text, str):
            continue
        if kind == "paragraph" and text.lstrip().startswith(("<ul", "<ol")):
            if act is not None and since <= GAP:
                _credit(ctx, act, text)
            act = None
            continue
        plain = html.unescape(re.sub(r"<[^<>]{0,200}>", "", text)).strip()
        found = HEADER_RE.match(plain)
        if found and YEAR_RE.search(plain) and len(plain.split()) <= MAX_WORDS:
            act, since = found.group(1), 1
        else:
            since += 1


def _credit(ctx, act, text):
    """Credit the list's songs the post has as tracks to the act."""
    rows = []
    for item in ITEM_RE.findall(text):
        item = PLACE_RE.sub("", html.unescape(item).strip(), count=1)
        bracket = BRACKET_RE.search(item)
        remark = bracket.group(1) if bracket else ""
        title = item[: bracket.start()] if bracket else item
        track = ctx.tracks.get(match_key(title.strip()))
        if track is not None:
            rows.append((track, remark))
    if len(rows) < 2:
        return
    for track, remark in rows:
        add_unique(track["performers"], [act])
        cover, guest = COVER_RE.match(remark), WITH_RE.match(remark)
        if cover and not cover.group(1).startswith("The "):
            add_unique(track["composers"], [cover.group(1)])
        elif guest:
            add_unique(track["performers"], [guest.group(1)])
