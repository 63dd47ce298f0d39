"""A record the chart offers find in the sentence itself when no block holds it: a
title named right after a record noun ("the soundtrack album, X, climbed to ...",
"the LP 「X」 reached ...") or a clause's subject just before a chart verb ("X peaked
at 19 ..."), quoted or in capitalised words. The post's rules never read it as a
track or album, so the chart offer is all the editor is shown of it.

Not a record the sentence sets apart (a later single, a follow-up, one "not in the
film") nor a film named with its year ("X (1979), whose theme ...")."""

import re

from ..prose import match_key
from .offer_chart_local import chart_named

# A noun of the record family and the kind it names.
NOUN_RE = re.compile(
    r"\b(?:(album|LP|OST|soundtrack|score\salbum|CD)|(single|song|45))"
    r"(?:\s(?:from|of)\s(?:that|the)\s[a-z]{1,12})?,?\s$",
    re.IGNORECASE,
)
# A verb of the charts right after a clause's subject.
VERB_RE = re.compile(
    r"^,?\s(?:reached|peaked|climbed|rose|went|got|hit|made|topped|charted|spent"
    r"|sat|stalled|stopped|crept|entered|tops|climbs|reaches|peaks)\b"
)
# Words that set the record apart from the post's.
APART_RE = re.compile(
    r"\b(?:later|next|follow-up|another|other|previous|earlier|b-side|cover)\b",
    re.IGNORECASE,
)
# Words of a title that may be lower case inside it.
JOINERS = frozenset(
    {"of", "the", "at", "from", "and", "a", "in", "on", "to", "for", "&", "de", "la"}
    | {"di", "del", "della", "da", "do", "du", "des", "le", "van", "von", "der", "het"}
)
# Capitalised words that begin a clause but name no record.
NOT_TITLES = frozenset(
    {
        "it", "the", "this", "that", "then", "and", "but", "their", "his", "her",
        "she", "he", "they", "we", "i", "its", "one", "number", "no", "in", "on",
        "a", "an", "so", "also", "even", "both", "our", "my", "your",
    }
)  # fmt: skip
ALBUM_WORDS_RE = re.compile(
    r"\b(?:OST|Soundtrack|Score|Music\sfrom|Songs\sfrom|LP)\b", re.IGNORECASE
)
LABEL_RE = re.compile(r"\b(?:label|Records|Recordings|Music)\b\W{0,2}$")
WORD_RE = re.compile(r"[^\s,;.!?()\u2014\u2013\u300c-\u300f]{1,30}")
NOUNS = frozenset({"lp", "ep", "cd", "ost", "album", "single", "soundtrack"})
CORNERS = {"\u300c": "\u300d", "\u300e": "\u300f"}  # 「X」, 『X』
# A record the sentence keeps out of the film: "not in the film", "not on this soundtrack".
ELSEWHERE_RE = re.compile(
    r"\bnot\s(?:in|on|from|part\sof)\s(?:this|the)\s(?:clip|film|movie|scene"
    r"|sequence|soundtrack)\b",
    re.IGNORECASE,
)
# The quotes' marks, and those the normalised text puts in their place.
OPENERS = "\u201c\u2018\"'\u300c\u300e\ue000"
CLOSERS = "\u201d\u2019\"'\u300d\u300f\ue001"


def named_record(ctx, sentence, offset, start):
    """``(title, kind, artist)`` of a record the clause before ``offset`` names, with
    ``kind`` None when the sentence does not say which, or None."""
    norm = sentence.norm
    region_start = max(start, norm.rfind("; ", 0, offset) + 1, offset - 200)
    region = norm[region_start:offset]
    if ELSEWHERE_RE.search(norm) or APART_RE.search(region):
        return None
    for text, opened, closed in sentence.quotes:
        if opened < region_start or closed > offset:
            continue
        found = _candidate(ctx, norm, opened, closed, text.strip(" ,;:"))
        if found:
            return found
    for match in re.finditer(
        r"(?:^|(?<=[\s:,\u300c\u300e]))[A-Z\u00c0-\u00de]", region
    ):
        at = region_start + match.start()
        if at and norm[at - 1] in OPENERS[:4] + OPENERS[-1]:
            continue  # a quote's own: read above
        closer = norm.find(CORNERS.get(norm[at - 1 : at], "\n"), at, offset)
        title = norm[at:closer] if closer > 0 else _title_at(norm, at, offset)
        if title:
            found = _candidate(ctx, norm, at, at + len(title), title)
            if found:
                return found
    return None


def _title_at(norm, at, end):
    """The capitalised run of words that starts at ``at``, with a subtitle after a
    colon and a parenthesis of capitalised words ("X: Music from the Film")."""
    words, last = [], at
    for match in WORD_RE.finditer(norm, at, end):
        gap = norm[last : match.start()]
        if words and gap not in (" ", ": "):
            break
        word = match.group(0)
        if not (word[0].isupper() or word[0].isdigit() or word.lower() in JOINERS):
            break
        words.append((word, match.end()))
        last = match.end()
    while words and words[-1][0].lower() in JOINERS:
        words.pop()
    if not words or words[0][0].lower() in NOT_TITLES or words[0][0].endswith(":"):
        return ""  # "It", "The", a speaker's "A:"
    title = norm[at : words[-1][1]]
    bracket = re.match(r"\s\(([A-Z][\w ]{0,30})\)", norm[at + len(title) :])
    if bracket and ALBUM_WORDS_RE.search(bracket.group(1)):
        title += bracket.group(0)
    return title


def _candidate(ctx, norm, opened, closed, title):
    """The record a title between ``opened`` and ``closed`` is, when a record noun
    comes just before it or a chart verb just after it."""
    if not title or len(title) > 80 or title.casefold() in NOUNS:
        return None
    after = norm[closed : closed + 20].lstrip(CLOSERS)
    if re.match(r"\s\((?:19|20)\d\d\)", after):
        return None  # a film and its year
    if LABEL_RE.search(norm[max(0, opened - 8) : opened]) or LABEL_RE.search(title):
        return None  # "the label Gullwing Records"
    if chart_named(title):
        return None  # "single, Radio Nord Top 30: place 4": the row's chart
    noun = NOUN_RE.search(
        norm[max(0, opened - 40) : opened].rstrip(OPENERS).rstrip() + " "
    )
    # a quote's span starts at its mark, a capitalised run's after a corner
    quoted = any(
        mark and mark in OPENERS
        for mark in (norm[opened : opened + 1], norm[opened - 1 : opened])
    )
    key = match_key(title)
    row = quoted and opened <= 2 and after.startswith(":")  # "“X”: No. 1 Hot 100"
    if noun is None:
        if not (VERB_RE.match(after) or row):
            return None
        if not quoted and len(title.split()) < 2 and key not in ctx.tracks:
            return None
        kind = None
    else:
        kind = "album" if noun.group(1) else "track"
    if kind is None and ALBUM_WORDS_RE.search(title):
        kind = "album"
    if key in ctx.albums:
        kind = "album"
    elif key in ctx.tracks:
        kind = "track"
    return (title, kind, "")
